package no.legekontor.portal.notification.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.notification.Notification;
import no.legekontor.portal.notification.NotificationReads;
import no.legekontor.portal.notification.NotificationScope;
import no.legekontor.portal.notification.NotificationView;

/**
 * The open notification streams of this replica, by recipient. A wake-up for a recipient (from
 * {@link WakeUpListener}, which hears every replica's new notifications) makes each of their streams
 * read what came after its position from the database; every {@code reread-every} all of them read
 * again whether woken or not, which heals a wake-up that was missed. Every {@code heartbeat} each
 * stream sends a comment line (proxies close a connection that stays silent) and a stream whose time
 * is up, or whose client has left, ends. Reads run on a small pool of this class's own, so neither
 * the listener nor the scheduler waits for the database.
 */
@ApplicationScoped
public class LiveStreams {

    /** What the stream's events are called (the {@code event:} field). */
    public static final String EVENT = "notification";

    /** How long an app's EventSource waits before it reconnects after the stream ends. */
    static final long RECONNECT_MILLIS = 3_000;

    @Inject
    NotificationReads reads;

    @Inject
    PortalConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    private final Map<UUID, Set<LiveStream>> byRecipient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private ExecutorService readers;

    @PostConstruct
    void init() {
        AtomicInteger threads = new AtomicInteger();
        readers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "notification-streams-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        meters.gauge("notification.streams.open", open);
    }

    void stop(@Observes ShutdownEvent event) {
        all().forEach(LiveStream::end);
        readers.shutdown();
    }

    /**
     * Opens a stream on the sink: it shows the scope's notifications after {@code position}, first
     * those already there (a resumed stream's replay), then each new one as it commits.
     *
     * @param actorId       the person logged in, whose reads the access log records
     * @param tokenExpires  when the caller's token expires (null: unknown): the stream ends then at the latest
     */
    public void open(NotificationScope scope, UUID actorId, long position, Instant tokenExpires, SseEventSink sink,
            Sse sse) {
        Duration maxAge = config.notifications().stream().maxAge();
        Duration untilExpiry = tokenExpires == null ? maxAge : Duration.between(Instant.now(), tokenExpires);
        long endsAt = System.nanoTime() + (untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge).toNanos();
        LiveStream stream = new LiveStream(scope, actorId, position, endsAt, sink, events(sse), this::remove);
        byRecipient.compute(scope.recipientId(), (recipient, streams) -> {
            Set<LiveStream> set = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            set.add(stream);
            return set;
        });
        open.incrementAndGet();
        stream.send(sse.newEventBuilder().comment("open").reconnectDelay(RECONNECT_MILLIS).build());
        // Registered first, then read: a notification that committed meanwhile is read now.
        stream.wake(this::after, readers);
    }

    /** A recipient has a new notification: their streams read it. */
    public void wake(UUID recipientId) {
        Set<LiveStream> streams = byRecipient.get(recipientId);
        if (streams != null) {
            streams.forEach(stream -> stream.wake(this::after, readers));
        }
    }

    /** Every stream reads what it has not shown: after a lost wake-up, or the listener's reconnection. */
    public void reread() {
        all().forEach(stream -> stream.wake(this::after, readers));
    }

    @Scheduled(identity = "notification-stream-reread", every = "${portal.notifications.stream.reread-every}",
            delayed = "${portal.notifications.stream.reread-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rereadOnSchedule() {
        reread();
    }

    @Scheduled(identity = "notification-stream-heartbeat", every = "${portal.notifications.stream.heartbeat}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        long now = System.nanoTime();
        all().forEach(stream -> stream.beat(now));
    }

    /** The streams open on this replica. */
    public int openStreams() {
        return open.get();
    }

    private List<LiveStream> all() {
        return byRecipient.values().stream().flatMap(Set::stream).toList();
    }

    private List<Notification> after(LiveStream stream, long position, int limit) {
        return reads.deliver(stream.scope, stream.actorId, position, limit);
    }

    private void remove(LiveStream stream) {
        byRecipient.computeIfPresent(stream.scope.recipientId(), (recipient, streams) -> {
            if (streams.remove(stream)) {
                open.decrementAndGet();
            }
            return streams.isEmpty() ? null : streams;
        });
    }

    private LiveStream.Events events(Sse sse) {
        return new LiveStream.Events() {
            @Override
            public OutboundSseEvent of(Notification notification) {
                return sse.newEventBuilder()
                        .id(notification.id.toString())
                        .name(EVENT)
                        .data(String.class, json(NotificationView.of(notification)))
                        .build();
            }

            @Override
            public OutboundSseEvent comment(String text) {
                return sse.newEventBuilder().comment(text).build();
            }
        };
    }

    private String json(NotificationView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification that cannot be written as JSON", e);
        }
    }
}
