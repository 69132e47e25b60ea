package no.legekontor.support.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
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
        if (!endpointConfigured(config) && !tracing.recordWithoutEndpoint()) {
            LOG.debug("No OTLP endpoint configured: spans are not recorded or exported");
            return Sampler.alwaysOff();
        }
        return Sampler.traceIdRatioBased(tracing.sampleRatio());
    }

    /**
     * Whether an operator set an endpoint; Quarkus' own default ({@code localhost:4317}) comes from
     * its default values, whose source ranks lowest, and does not count.
     */
    static boolean endpointConfigured(Config config) {
        return Stream.of(ENDPOINTS).map(config::getConfigValue)
                .anyMatch(value -> value.getValue() != null && !value.getValue().isBlank()
                        && value.getSourceOrdinal() > Integer.MIN_VALUE && !isDefault(value));
    }

    private static boolean isDefault(org.eclipse.microprofile.config.ConfigValue value) {
        String source = value.getSourceName();
        return source == null || source.startsWith("DefaultValuesConfigSource");
    }
}
