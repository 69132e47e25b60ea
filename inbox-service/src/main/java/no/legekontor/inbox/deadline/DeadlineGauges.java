package no.legekontor.inbox.deadline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.legekontor.inbox.item.Deadlines;

/**
 * Micrometer gauges of each clinic's open, due-today and overdue items ({@code inbox.items.open},
 * {@code inbox.items.due_today}, {@code inbox.items.overdue}, tagged {@code clinic}), counted as
 * {@code GET /inbox/stats} counts them. Each sweep refreshes them from one grouped query; a scrape
 * only reads the numbers. A clinic whose items are all done stays at 0. Every sweeping replica
 * reports the same figures: aggregate them with max, not sum.
 */
@ApplicationScoped
public class DeadlineGauges {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    private final Map<String, ClinicGauges> clinics = new ConcurrentHashMap<>();

    /** Reads the figures (in a transaction of its own: the sweep's thread has no request context). */
    @Transactional
    public void refresh(Deadlines at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select clinic_org, count(*), count(*) filter (where %s), count(*) filter (where %s)
                        from inbox_item
                        where %s
                        group by clinic_org""".formatted(Deadlines.DUE_TODAY, Deadlines.OVERDUE, Deadlines.OPEN))
                .setParameter("now", at.now())
                .setParameter("todayStart", at.todayStart())
                .setParameter("tomorrowStart", at.tomorrowStart())
                .getResultList();
        Set<String> counted = new HashSet<>();
        for (Object[] row : rows) {
            String clinic = ((String) row[0]).strip();
            counted.add(clinic);
            clinics.computeIfAbsent(clinic, this::register)
                    .set(number(row[1]), number(row[2]), number(row[3]));
        }
        clinics.forEach((clinic, gauges) -> {
            if (!counted.contains(clinic)) {
                gauges.set(0, 0, 0);
            }
        });
    }

    private ClinicGauges register(String clinic) {
        return new ClinicGauges(
                gauge("inbox.items.open", "Open items", clinic),
                gauge("inbox.items.due_today", "Open items due today (Europe/Oslo)", clinic),
                gauge("inbox.items.overdue", "Open items past their deadline", clinic));
    }

    private AtomicLong gauge(String name, String description, String clinic) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get)
                .description(description)
                .tag("clinic", clinic)
                .strongReference(true)
                .register(meters);
        return value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private record ClinicGauges(AtomicLong open, AtomicLong dueToday, AtomicLong overdue) {
        void set(long openItems, long dueTodayItems, long overdueItems) {
            open.set(openItems);
            dueToday.set(dueTodayItems);
            overdue.set(overdueItems);
        }
    }
}
