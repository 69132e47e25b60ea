package no.legekontor.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spans are exported only where an operator configured an OTLP endpoint, not to Quarkus' default one. */
class TraceSamplingTest {

    private static final String QUARKUS_DEFAULT = "http://localhost:4317/";

    @Test
    void quarkusDefaultEndpointAloneIsNoEndpoint() {
        assertThat(TraceSampling.configuredEndpoint(config(Map.of()))).isEmpty();
    }

    @Test
    void anEndpointFromTheEnvironmentOrPropertiesCounts() {
        assertThat(TraceSampling.configuredEndpoint(config(Map.of(
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317")))).contains("http://collector:4317");
        assertThat(TraceSampling.configuredEndpoint(config(Map.of(
                "quarkus.otel.exporter.otlp.endpoint", QUARKUS_DEFAULT)))).as("a local collector at the default address")
                .contains(QUARKUS_DEFAULT);
    }

    @Test
    void aBlankEndpointIsNoEndpoint() {
        assertThat(TraceSampling.configuredEndpoint(config(Map.of(
                "quarkus.otel.exporter.otlp.traces.endpoint", " ")))).isEmpty();
    }

    /** Quarkus' defaults for the exporter (as its OtlpExporterConfigBuilder sets them), and {@code set} as environment. */
    private static SmallRyeConfig config(Map<String, String> set) {
        return new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.otel.exporter.otlp.endpoint", QUARKUS_DEFAULT)
                .withDefaultValue("quarkus.otel.exporter.otlp.traces.endpoint", QUARKUS_DEFAULT)
                .withSources(new PropertiesConfigSource(set, "environment", 300))
                .build();
    }
}
