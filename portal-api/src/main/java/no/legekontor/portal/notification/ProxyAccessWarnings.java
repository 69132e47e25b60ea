package no.legekontor.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.support.persistence.NativeSql;
import org.jboss.logging.Logger;

/**
 * R13 and R11: a guardian is notified when access to a child ends within 30 days (the child turns
 * 16). Runs once a day ({@link ProxyAccessWarningJob}) and once across replicas: the day's
 * {@code job_run} row is inserted first, in the run's transaction, so a replica running at the same
 * moment waits for it and then skips; a failed run leaves no row and can run again. Every child whose
 * access ends within the window is looked at, not only those exactly 30 days away, so a day the job
 * did not run is made up the next day; the notification's unique key keeps it to one per guardian
 * and child.
 */
@ApplicationScoped
public class ProxyAccessWarnings {

    static final String JOB = "proxy-access-warnings";
    private static final Logger LOG = Logger.getLogger(ProxyAccessWarnings.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    ProxyAccess proxies;

    @Inject
    Notifications notifications;

    /**
     * Today's run (Oslo date of the clock).
     *
     * @return the guardians notified; 0 also when another run already did today's work
     */
    @Transactional
    public int run() {
        LocalDate today = BusinessCalendar.today(clock);
        if (!firstRunOn(today)) {
            LOG.debugf("%s already ran for %s", JOB, today);
            return 0;
        }
        LocalDate lastEnd = today.plusDays(config.notifications().proxyAccessWarningDays());
        ProxyAccess.BirthDates born = proxies.bornForEndBetween(today, lastEnd);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select g.guardian_id, g.child_id, g.clinic_org, c.national_id
                from guardianship g join patient c on c.id = g.child_id
                where g.ended_at is null and g.clinic_org = c.clinic_org and c.birth_date > ?1 and c.birth_date <= ?2""")
                .setParameter(1, born.after())
                .setParameter(2, born.through())
                .getResultList();
        int notified = 0;
        for (Object[] row : rows) {
            LocalDate endsOn = proxies.endsOn(NationalId.parse(((String) row[3]).strip()));
            if (endsOn.isAfter(today) && !endsOn.isAfter(lastEnd)
                    && notifications.proxyAccessEnding((UUID) row[0], (UUID) row[1], (String) row[2], endsOn)) {
                notified++;
            }
        }
        LOG.infof("%s for %s: %d guardians notified", JOB, today, notified);
        return notified;
    }

    private boolean firstRunOn(LocalDate day) {
        return NativeSql.write(em, """
                insert into job_run (job, day, ran_at) values (?1, ?2, ?3)
                on conflict do nothing""", "job_run")
                .setParameter(1, JOB)
                .setParameter(2, day)
                .setParameter(3, clock.instant())
                .executeUpdate() == 1;
    }
}
