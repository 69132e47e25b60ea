package no.legekontor.inbox.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.legekontor.inbox.item.Deadlines;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.jboss.logging.Logger;

/**
 * The deadline monitor (R8): every {@code inbox.deadline-monitor.every} it announces the open items
 * that became due soon ({@code RequestDueSoon}, from the business day before the deadline's day)
 * or overdue ({@code RequestOverdue}) on {@code inbox.events.v1}, and refreshes the inbox gauges.
 * Each replica sweeps on its own; {@link Announcements} makes every announcement happen once
 * across them. Time comes from the injected clock, so a test moves it and calls {@link #sweep()}.
 *
 * <p>Whether an item is overdue is the clock's answer ({@link Deadlines}), the same for the list,
 * the item view and the stats at every moment; the monitor only announces it.
 */
@ApplicationScoped
public class DeadlineMonitor {

    private static final Logger LOG = Logger.getLogger(DeadlineMonitor.class);

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Announcements announcements;

    @Inject
    DeadlineGauges gauges;

    @Inject
    DeadlineMonitorConfig config;

    @Inject
    MeterRegistry meters;

    private Counter sweeps;
    private Counter dueSoonAnnounced;
    private Counter overdueAnnounced;

    @PostConstruct
    void counters() {
        sweeps = meters.counter("inbox.deadline.sweeps");
        dueSoonAnnounced = meters.counter("inbox.deadline.announced", "kind", "due_soon");
        overdueAnnounced = meters.counter("inbox.deadline.announced", "kind", "overdue");
    }

    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        LOG.infof("Deadline monitor sweeps every %s", config.every());
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "deadline-monitor", every = "${inbox.deadline-monitor.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (stopping) {
            return;
        }
        try {
            sweep();
        } catch (RuntimeException e) {
            if (stopping) {
                return; // the database connections were closing under it; the next replica sweeps
            }
            // Typically the database is away; the next sweep finds the same items.
            LOG.warnf("Deadline sweep failed: %s", e.toString());
            LOG.debug("Deadline sweep failure", e);
        }
    }

    /**
     * One sweep at the clock's time: announces what became overdue, then what became due soon,
     * and refreshes the gauges.
     *
     * @return what this sweep announced (another replica's sweep may have announced others)
     */
    public Sweep sweep() {
        Deadlines at = Deadlines.at(clock.instant(), calendar);
        List<UUID> overdue = announceAll(Announcements.Kind.OVERDUE, at);
        List<UUID> dueSoon = announceAll(Announcements.Kind.DUE_SOON, at);
        gauges.refresh(at);
        sweeps.increment();
        dueSoonAnnounced.increment(dueSoon.size());
        overdueAnnounced.increment(overdue.size());
        if (!overdue.isEmpty() || !dueSoon.isEmpty()) {
            LOG.debugf("Announced %d item(s) due soon, %d overdue", dueSoon.size(), overdue.size());
        }
        return new Sweep(dueSoon, overdue);
    }

    private List<UUID> announceAll(Announcements.Kind kind, Deadlines at) {
        List<UUID> announced = new ArrayList<>();
        List<UUID> batch;
        do {
            batch = announcements.announce(kind, at, config.batchSize());
            announced.addAll(batch);
        } while (batch.size() == config.batchSize());
        return announced;
    }

    /** The items one sweep announced. */
    public record Sweep(List<UUID> dueSoon, List<UUID> overdue) {
    }
}
