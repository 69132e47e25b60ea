package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestType;
import no.legekontor.support.persistence.NativeSql;

/**
 * R16: how many e-consultations and office messages a person may send per day (Oslo). Each request
 * takes one of the day's in the transaction that stores it; the count is one upsert that does not
 * pass the limit, so requests at the same moment cannot together exceed it.
 */
@ApplicationScoped
public class DailyLimits {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    /** Takes one of today's requests of this type for the person, or refuses with 429. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(UUID personId, RequestType type) {
        int limit = switch (type) {
            case E_CONSULTATION -> config.limits().eConsultationsPerDay();
            case OFFICE_MESSAGE -> config.limits().officeMessagesPerDay();
            default -> throw new IllegalArgumentException("No daily limit for " + type);
        };
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dateOf(now);
        int taken = limit < 1 ? 0 : NativeSql.write(em, """
                insert into daily_usage (patient_id, day, kind, used) values (?1, ?2, ?3, 1)
                on conflict (patient_id, day, kind) do update set used = daily_usage.used + 1
                  where daily_usage.used < ?4""", "daily_usage")
                .setParameter(1, personId)
                .setParameter(2, today)
                .setParameter(3, type.name())
                .setParameter(4, limit)
                .executeUpdate();
        if (taken == 0) {
            Instant tomorrow = today.plusDays(1).atStartOfDay(BusinessCalendar.OSLO).toInstant();
            throw new TooManyRequests(limit, Math.max(1, Duration.between(now, tomorrow).toSeconds()));
        }
    }
}
