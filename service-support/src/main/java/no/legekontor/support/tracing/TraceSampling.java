package no.legekontor.support.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * The sampler Quarkus' OpenTelemetry uses (a {@link Sampler} bean replaces its own). Without an
 * OTLP endpoint nothing is recorded, so nothing is exported: spans still get their trace and span
 * ids, which the log lines, the outbox rows and the Kafka headers carry, at the cost of making the
 * ids. With one, {@link TracingConfig#sampleRatio()} of the traces are recorded and exported,
 * chosen by trace id (not by the caller's sampled flag: a client does not decide what we record).
 */
@ApplicationScoped
public class TraceSampling {

    private static final Logger LOG = Logger.getLogger(TraceSampling.class);
    private static final String[] ENDPOINTS = {"quarkus.otel.exporter.otlp.traces.endpoint",
            "quarkus.otel.exporter.otlp.endpoint"};

    @Produces
    @Singleton
    @Unremovable
    Sampler sampler(TracingConfig tracing, Config config) {
        Optional<String> endpoint = configuredEndpoint(config);
        if (endpoint.isPresent()) {
            LOG.infof("Tracing: %.0f %% of the traces are recorded and exported to %s", tracing.sampleRatio() * 100,
                    endpoint.get());
        } else if (tracing.recordWithoutEndpoint()) {
            LOG.info("Tracing: no OTLP endpoint; spans are recorded for an exporter of the application's own");
        } else {
            LOG.info("Tracing: no OTLP endpoint configured; trace ids are passed on, nothing is recorded or exported");
            return Sampler.alwaysOff();
        }
        return Sampler.traceIdRatioBased(tracing.sampleRatio());
    }

    /**
     * The OTLP endpoint an operator set, if any. Quarkus' own default ({@code localhost:4317})
     * comes from a source of default values, whose ordinal is below zero, and does not count;
     * every source a person writes (properties file, environment, system property) ranks above.
     */
    static Optional<String> configuredEndpoint(Config config) {
        return Stream.of(ENDPOINTS).map(config::getConfigValue)
                .filter(value -> value.getValue() != null && !value.getValue().isBlank()
                        && value.getSourceOrdinal() > 0)
                .map(ConfigValue::getValue)
                .findFirst();
    }
}
