package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("stack")
class KafkaBrokerResourceTest {

    @Test
    void everyResourceInstanceHandsOutTheSameBroker() {
        Map<String, String> first = new KafkaBrokerResource().start();
        Map<String, String> second = new KafkaBrokerResource().start();

        assertThat(first).containsOnlyKeys("kafka.bootstrap.servers");
        assertThat(second).isEqualTo(first);
        assertThat(first.get("kafka.bootstrap.servers")).isEqualTo(KafkaBrokerResource.broker().bootstrapServers());
        assertThat(KafkaBrokerResource.broker().isRunning()).isTrue();
    }

    @Test
    void startingTheResourceRestartsABrokerThatATestLeftStopped() {
        KafkaBrokerResource resource = new KafkaBrokerResource();
        String address = resource.start().get("kafka.bootstrap.servers");
        KafkaBrokerResource.broker().stop();

        Map<String, String> config = resource.start();

        assertThat(KafkaBrokerResource.broker().isRunning()).isTrue();
        assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(address);
    }

    @Test
    void aCopyOfTheBrokerInAnotherClassLoaderControlsTheSameProcess() {
        // Quarkus loads devtools once per test profile; such a copy finds the broker by its data directory
        KafkaBroker shared = KafkaBrokerResource.broker();
        KafkaBroker otherCopy = new KafkaBroker(shared.dataDir(), shared.port(), shared.controllerPort(),
                KafkaBroker.defaultLibDir());
        assertThat(otherCopy.isRunning()).isTrue();

        otherCopy.stop();
        assertThat(shared.isRunning()).isFalse();

        new KafkaBrokerResource().start();
        assertThat(otherCopy.isRunning()).isTrue();
        assertThat(otherCopy.bootstrapServers()).isEqualTo(shared.bootstrapServers());
    }

    @Test
    void stoppingTheResourceKeepsTheBrokerForTheNextTestApplication() {
        KafkaBrokerResource resource = new KafkaBrokerResource();
        resource.start();

        resource.stop();

        assertThat(KafkaBrokerResource.broker().isRunning()).isTrue();
    }
}
