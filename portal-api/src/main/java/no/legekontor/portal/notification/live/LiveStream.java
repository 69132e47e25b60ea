package no.legekontor.portal.notification.live;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import no.legekontor.portal.notification.Notification;
import no.legekontor.portal.notification.NotificationScope;
import org.jboss.logging.Logger;

/**
 * One open stream: what it may show ({@link NotificationScope}), the position it has shown up to,
 * and the events on their way to the client. A wake-up asks it to read what came after its position;
 * wake-ups that arrive while it reads are folded into one more read, so a burst costs a read or two
 * and a wake-up is never lost. Events are sent one after another (each write after the last has
 * completed), so they arrive in position order; a write that fails ends the stream.
 */
final class LiveStream {

    private static final Logger LOG = Logger.getLogger(LiveStream.class);

    /** Notifications read per query: a long replay goes out in pages. */
    static final int PAGE = 100;

    /** Reads what the stream has not shown yet: at most {@link #PAGE} after a position, oldest first. */
    interface Source {
        List<Notification> after(LiveStream stream, long position, int limit);
    }

    /** Turns a notification into its event, and makes comments (heartbeats). */
    interface Events {
        OutboundSseEvent of(Notification notification);

        OutboundSseEvent comment(String text);
    }

    final NotificationScope scope;
    final UUID actorId;
    private final SseEventSink sink;
    private final Events events;
    private final long endsAtNanos;
    private final Consumer<LiveStream> onEnd;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    /** Touched only by the one read in progress. */
    private long position;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    LiveStream(NotificationScope scope, UUID actorId, long position, long endsAtNanos, SseEventSink sink,
            Events events, Consumer<LiveStream> onEnd) {
        this.scope = scope;
        this.actorId = actorId;
        this.position = position;
        this.endsAtNanos = endsAtNanos;
        this.sink = sink;
        this.events = events;
        this.onEnd = onEnd;
    }

    /** Asks for a read of what came after the stream's position, on {@code executor}. */
    void wake(Source source, Executor executor) {
        wanted.set(true);
        if (!ended.get() && reading.compareAndSet(false, true)) {
            executor.execute(() -> read(source, executor));
        }
    }

    private void read(Source source, Executor executor) {
        try {
            while (wanted.getAndSet(false) && !ended.get()) {
                if (sink.isClosed()) {
                    end(); // the client has left: nothing to show, nor to log as shown
                    return;
                }
                List<Notification> found;
                do {
                    found = source.after(this, position, PAGE);
                    for (Notification notification : found) {
                        send(events.of(notification));
                        position = notification.seq;
                    }
                } while (found.size() == PAGE && !ended.get());
            }
        } catch (RuntimeException e) {
            // The database away or the read refused: the next wake-up or re-read tries again.
            LOG.warnf("A notification stream could not read its notifications (%s); it tries again at the next "
                    + "wake-up", e.getClass().getSimpleName());
        } finally {
            reading.set(false);
        }
        if (wanted.get() && !ended.get()) {
            wake(source, executor);
        }
    }

    /** A comment line when nothing is on its way; ends the stream once its time is up or the client left. */
    void beat(long nowNanos) {
        if (sink.isClosed() || nowNanos - endsAtNanos >= 0) {
            end();
            return;
        }
        synchronized (this) {
            if (sending.isDone()) {
                send(events.comment("heartbeat"));
            }
        }
    }

    synchronized void send(OutboundSseEvent event) {
        if (ended.get()) {
            return;
        }
        sending = sending.thenCompose(done -> stage(event)).whenComplete((done, failure) -> {
            if (failure != null) {
                end();
            }
        });
    }

    private CompletionStage<?> stage(OutboundSseEvent event) {
        if (sink.isClosed()) {
            return CompletableFuture.failedFuture(new IllegalStateException("The client has left"));
        }
        return sink.send(event);
    }

    /** Ends the stream once what is on its way has been written; the app reconnects with Last-Event-ID. */
    void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        onEnd.accept(this);
        CompletableFuture<?> last;
        synchronized (this) {
            last = sending;
        }
        last.whenComplete((done, failure) -> {
            if (!sink.isClosed()) {
                sink.close();
            }
        });
    }

    boolean ended() {
        return ended.get();
    }
}
