package no.legekontor.support.testapp;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The test application's span exporter: spans stay in memory for the tests to read. Being a
 * {@code SpanExporter} bean, it also replaces Quarkus' OTLP exporter, so tests export nothing.
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
