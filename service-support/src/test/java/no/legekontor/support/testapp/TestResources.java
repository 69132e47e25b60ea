package no.legekontor.support.testapp;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.PostgresResource;

/**
 * The real dependencies of service-support's tests: a Kafka broker and a fresh PostgreSQL database,
 * reached through a proxy that a test can cut ({@link PostgresResource#proxy()}).
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = {
        @ResourceArg(name = PostgresResource.DATABASE_ARG, value = "support"),
        @ResourceArg(name = PostgresResource.PROXIED_ARG, value = "true")})
public final class TestResources {
    private TestResources() {
    }
}
