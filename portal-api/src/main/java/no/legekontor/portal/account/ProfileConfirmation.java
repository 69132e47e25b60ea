package no.legekontor.portal.account;

import java.time.Instant;
import java.time.ZonedDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * R3: contact details and notification settings must be confirmed every {@code validMonths} (18,
 * {@code portal.profile-valid-months}); a profile never confirmed, or confirmed longer ago, blocks
 * the service, and no notification goes to its contact details. The one home of the rule: the
 * access check, the patient's own view and the notifications ask it.
 *
 * @param validMonths months a confirmation stays valid
 */
public record ProfileConfirmation(int validMonths) {

    /**
     * When a confirmation stops being valid: the same time of day, {@link #validMonths} later, in
     * Oslo (31 August + 18 months is the last day of February); null when never confirmed.
     */
    public Instant dueAt(Instant confirmedAt) {
        return confirmedAt == null ? null
                : ZonedDateTime.ofInstant(confirmedAt, BusinessCalendar.OSLO).plusMonths(validMonths).toInstant();
    }

    /** Confirmed, and not more than {@link #validMonths} before {@code now} (the due instant itself counts). */
    public boolean validAt(Instant confirmedAt, Instant now) {
        return confirmedAt != null && !now.isAfter(dueAt(confirmedAt));
    }
}
