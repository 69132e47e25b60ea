package no.legekontor.inbox.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.legekontor.inbox.item.Deadlines;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.problem.InvalidInput;

/**
 * The inbox's figures in one query: grouping sets give the clinic's row and one row per GP, and
 * {@code filter} clauses count each figure in the same pass over the clinic's items.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    /** Periods longer than this are refused: the figures are for working the inbox, not for archives. */
    static final int MAX_DAYS = 366;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    public InboxStats stats(Staff staff, LocalDate from, LocalDate to) {
        Deadlines at = Deadlines.at(clock.instant(), calendar);
        LocalDate today = at.today();
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "after-to");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidInput("to", "period-too-long");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select grouping(gp_hpr) = 1 as whole_clinic, gp_hpr,
                  count(*) filter (where %s),
                  count(*) filter (where %s),
                  count(*) filter (where %s),
                  count(*) filter (where answered_at >= :from and answered_at < :to),
                  count(*) filter (where answered_at >= :from and answered_at < :to and answered_at <= reply_due_by),
                  percentile_cont(0.5) within group (order by extract(epoch from answered_at - received_at))
                    filter (where answered_at >= :from and answered_at < :to)
                from inbox_item
                where clinic_org = :clinic
                group by grouping sets ((), (gp_hpr))
                order by whole_clinic desc, gp_hpr""".formatted(Deadlines.OPEN, Deadlines.DUE_TODAY, Deadlines.OVERDUE))
                .setParameter("clinic", staff.clinicOrg())
                .setParameter("now", at.now())
                .setParameter("todayStart", at.todayStart())
                .setParameter("tomorrowStart", at.tomorrowStart())
                .setParameter("from", first.atStartOfDay(BusinessCalendar.OSLO).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(BusinessCalendar.OSLO).toInstant())
                .getResultList();
        InboxStats.Figures clinic = new InboxStats.Figures(0, 0, 0, 0, 0, null, null);
        List<InboxStats.GpFigures> perGp = new ArrayList<>();
        for (Object[] row : rows) {
            InboxStats.Figures figures = figures(row);
            if (Boolean.TRUE.equals(row[0])) {
                clinic = figures;
            } else if (row[1] != null) {
                perGp.add(new InboxStats.GpFigures((String) row[1], figures));
            }
        }
        return new InboxStats(first, last, clinic, perGp);
    }

    private static InboxStats.Figures figures(Object[] row) {
        long answered = number(row[5]);
        long withinDeadline = number(row[6]);
        Double share = answered == 0 ? null : (double) withinDeadline / answered;
        Long medianMinutes = row[7] == null ? null : Math.round(((Number) row[7]).doubleValue() / 60);
        return new InboxStats.Figures(number(row[2]), number(row[3]), number(row[4]), answered, withinDeadline,
                share, medianMinutes);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
