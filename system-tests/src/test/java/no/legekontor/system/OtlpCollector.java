package no.legekontor.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP trace receiver for the services the system tests start: it keeps the spans they
 * export ({@code POST /v1/traces}, protobuf), reading only what the tests look at. A stand-in for
 * a collector or Jaeger, which the services send to the same way.
 */
final class OtlpCollector implements AutoCloseable {

    /** A received span: which service sent it, its ids, name and kind (OTLP's numbers: 2 server, 5 consumer). */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
        static final int SERVER = 2;
        static final int CONSUMER = 5;
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpCollector() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                readRequest(ByteBuffer.wrap(body.readAllBytes()));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** Where the services send their spans ({@code quarkus.otel.exporter.otlp.traces.endpoint}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private void readRequest(ByteBuffer in) {
        while (in.hasRemaining()) {
            long tag = varint(in);
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                readResourceSpans(slice(in));
            } else {
                skip(in, tag);
            }
        }
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private void readResourceSpans(ByteBuffer in) {
        String service = null;
        List<ByteBuffer> scopes = new ArrayList<>();
        while (in.hasRemaining()) {
            long tag = varint(in);
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                service = serviceName(slice(in));
            } else if (tag >>> 3 == 2 && (tag & 7) == 2) {
                scopes.add(slice(in));
            } else {
                skip(in, tag);
            }
        }
        for (ByteBuffer scope : scopes) {
            // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
            while (scope.hasRemaining()) {
                long tag = varint(scope);
                if (tag >>> 3 == 2 && (tag & 7) == 2) {
                    spans.add(readSpan(service, slice(scope)));
                } else {
                    skip(scope, tag);
                }
            }
        }
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6; }
    private static ReceivedSpan readSpan(String service, ByteBuffer in) {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        int kind = 0;
        while (in.hasRemaining()) {
            long tag = varint(in);
            switch ((int) (tag >>> 3)) {
                case 1 -> traceId = hex(slice(in));
                case 2 -> spanId = hex(slice(in));
                case 4 -> parent = hex(slice(in));
                case 5 -> name = StandardCharsets.UTF_8.decode(slice(in)).toString();
                case 6 -> kind = (int) varint(in);
                default -> skip(in, tag);
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    // Resource { repeated KeyValue attributes = 1; }, KeyValue { string key = 1; AnyValue value = 2; },
    // AnyValue { string string_value = 1; }
    private static String serviceName(ByteBuffer resource) {
        while (resource.hasRemaining()) {
            long tag = varint(resource);
            if (tag >>> 3 != 1 || (tag & 7) != 2) {
                skip(resource, tag);
                continue;
            }
            ByteBuffer keyValue = slice(resource);
            String key = null;
            String value = null;
            while (keyValue.hasRemaining()) {
                long field = varint(keyValue);
                if (field >>> 3 == 1) {
                    key = StandardCharsets.UTF_8.decode(slice(keyValue)).toString();
                } else if (field >>> 3 == 2) {
                    ByteBuffer any = slice(keyValue);
                    while (any.hasRemaining()) {
                        long anyTag = varint(any);
                        if (anyTag >>> 3 == 1 && (anyTag & 7) == 2) {
                            value = StandardCharsets.UTF_8.decode(slice(any)).toString();
                        } else {
                            skip(any, anyTag);
                        }
                    }
                } else {
                    skip(keyValue, field);
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return null;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static ByteBuffer slice(ByteBuffer in) {
        int length = (int) varint(in);
        ByteBuffer part = in.slice(in.position(), length);
        in.position(in.position() + length);
        return part;
    }

    private static void skip(ByteBuffer in, long tag) {
        switch ((int) (tag & 7)) {
            case 0 -> varint(in);
            case 1 -> in.position(in.position() + 8);
            case 2 -> slice(in);
            case 5 -> in.position(in.position() + 4);
            default -> throw new IllegalArgumentException("Unexpected protobuf wire type in " + tag);
        }
    }

    private static String hex(ByteBuffer bytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return HexFormat.of().formatHex(copy);
    }
}
