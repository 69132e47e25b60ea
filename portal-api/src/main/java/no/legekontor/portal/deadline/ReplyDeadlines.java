package no.legekontor.portal.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.shared.calendar.BusinessCalendar;

/** The promised answer time of a request received at a given moment, and the office's aim (R8, docs/rules.md: the business calendar). */
@ApplicationScoped
public class ReplyDeadlines {

    @Inject
    BusinessCalendar calendar;

    @Inject
    PortalConfig config;

    public OffsetDateTime dueBy(Instant receivedAt) {
        return calendar.replyDueBy(receivedAt, config.replyBusinessDays());
    }

    /** The office's aim for a message received at that moment: 16:00 the same or next business day. */
    public OffsetDateTime officeTargetBy(Instant receivedAt) {
        return calendar.officeTargetBy(receivedAt);
    }
}
