package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test's client of a server-sent event stream ({@code text/event-stream}), as an app's
 * EventSource reads it: lines are parsed into events ({@code id}, {@code event}, {@code data}) on a
 * thread of the HTTP client, and comments ({@code : ...}, the server's heartbeats) are counted. A
 * refused stream (any status but 200) is read whole, so the test can look at its problem.
 */
public final class EventStreamClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One event as dispatched: its {@code id} (the last one seen, as EventSource keeps it), name and data. */
    public record Event(String id, String name, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final String body;
    private volatile boolean ended;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() != 200) {
            try (Stream<String> lines = response.body()) {
                body = lines.collect(Collectors.joining("\n"));
            }
            ended = true;
            return;
        }
        body = null;
        Thread reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Opens the stream with the bearer token and the given headers (e.g. {@code Last-Event-ID},
     * {@code On-Behalf-Of}); returns once the status and headers have arrived.
     */
    public static EventStreamClient open(URI uri, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return new EventStreamClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The whole answer of a refused stream (a problem), or null for an open one. */
    public String refusal() {
        return body;
    }

    /** The next event, or empty when none comes within {@code timeout}. */
    public Optional<Event> next(Duration timeout) {
        try {
            return Optional.ofNullable(events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event; fails when none comes within {@code timeout}. */
    public Event expect(Duration timeout) {
        return next(timeout).orElseThrow(() -> new AssertionError("No event within " + timeout
                + (ended ? " (the stream has ended)" : "")));
    }

    /** The comments received so far (heartbeats), without their leading colon. */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** Whether the server has ended the stream. */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        ended = true;
        response.body().close();
    }

    /** The event-stream format: fields until a blank line dispatches the event. */
    private void read() {
        String lastId = null;
        String name = null;
        List<String> data = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(lastId, name == null ? "message" : name, String.join("\n", data)));
                    }
                    name = null;
                    data.clear();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "id" -> lastId = value;
                        case "event" -> name = value;
                        case "data" -> data.add(value);
                        default -> {
                            // retry and unknown fields: nothing for a test to keep
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // closed by the test or the server
        } finally {
            ended = true;
        }
    }
}
