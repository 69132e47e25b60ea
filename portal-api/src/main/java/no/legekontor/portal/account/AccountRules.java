package no.legekontor.portal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;

/** The time-bound account rules (R3, R11), as plain functions of their inputs. */
public final class AccountRules {

    private AccountRules() {
    }

    /**
     * When a confirmation of contact details stops being valid (R3): the same time of day, the
     * given number of months later, in Oslo (31 August + 18 months is the last day of February).
     */
    public static Instant confirmationDue(Instant confirmedAt, int months) {
        return ZonedDateTime.ofInstant(confirmedAt, BusinessCalendar.OSLO).plusMonths(months).toInstant();
    }

    /** R3: confirmed, and not more than the given number of months ago. */
    public static boolean profileConfirmed(Instant confirmedAt, Instant now, int months) {
        return confirmedAt != null && !now.isAfter(confirmationDue(confirmedAt, months));
    }

    /** The first day a guardian no longer acts for the child: the birthday at which it turns {@code age}. */
    public static LocalDate proxyEndsOn(NationalId child, int age) {
        return child.birthDate().plusYears(age);
    }

    /** R11: the child is under {@code age} on {@code today} (Oslo). */
    public static boolean proxyActive(NationalId child, LocalDate today, int age) {
        return today.isBefore(proxyEndsOn(child, age));
    }
}
