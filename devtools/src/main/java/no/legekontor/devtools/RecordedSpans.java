package no.legekontor.devtools;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The span exporter of the services' tests, whose test profile records spans
 * ({@code tracing.record-without-endpoint}): spans stay in memory for the tests to read. A bean
 * wherever devtools is on the test class path (devtools' Jandex index); being a
 * {@code SpanExporter} bean, it also replaces Quarkus' OTLP exporter, so tests export nothing.
 */
@Singleton
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
