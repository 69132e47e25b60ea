package no.legekontor.inbox.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.PostgresResource;

/**
 * The real dependencies every inbox-service test runs against: a Kafka broker started from Maven
 * Central's jars and a fresh PostgreSQL database. Declared once here; Quarkus applies them to
 * every {@code @QuarkusTest} of the module.
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE_ARG, value = "inbox"))
public final class TestResources {
    private TestResources() {
    }
}
