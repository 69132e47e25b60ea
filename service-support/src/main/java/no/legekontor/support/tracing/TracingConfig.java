package no.legekontor.support.tracing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which traces are recorded and exported. Trace ids are made and passed on (HTTP, outbox, Kafka,
 * log lines) for every request whatever these say; recording and exporting spans needs an OTLP
 * endpoint ({@code quarkus.otel.exporter.otlp.traces.endpoint}).
 */
@ConfigMapping(prefix = "tracing")
public interface TracingConfig {

    /**
     * Share of traces, from 0 to 1, whose spans are recorded and exported once an OTLP endpoint is
     * configured. Decided from the trace id, so both services keep or drop the same traces.
     */
    @WithDefault("1.0")
    double sampleRatio();

    /**
     * Records spans also when no OTLP endpoint is configured: for tests, whose in-memory exporter
     * reads them. Nothing is sent anywhere.
     */
    @WithDefault("false")
    boolean recordWithoutEndpoint();
}
