package no.legekontor.portal.account;

import java.time.LocalDate;
import no.legekontor.shared.identity.NationalId;

/**
 * R11: a guardian acts for a child until the child turns {@code untilAge} (16,
 * {@code portal.proxy-access-until-age}); from that birthday on, an Oslo date, the child logs in
 * with its own BankID. The one home of the rule: the access check, registering a guardianship,
 * the guardian's list of children, who is notified, and the warning before access ends all ask
 * it. The birthday is counted as {@link NationalId#ageOn} counts (a 29 February child turns 16 on
 * 28 February in a year without one), from the real birth date of a D-number or synthetic id.
 *
 * @param untilAge the age at which a guardian's access ends
 */
public record ProxyAccess(int untilAge) {

    /** The first day the guardian no longer acts for the child: the birthday at {@link #untilAge}. */
    public LocalDate endsOn(NationalId child) {
        return child.birthDate().plusYears(untilAge);
    }

    /** Whether a guardian may act for the child on {@code today} (Oslo): the child is under the age. */
    public boolean allowedOn(NationalId child, LocalDate today) {
        return today.isBefore(endsOn(child));
    }

    /**
     * The birth dates of the children whose guardians' access ends after {@code after} and at the
     * latest on {@code last}, as a range a query can select by: born after {@link BirthDates#after}
     * and on or before {@link BirthDates#through}. For a 29 February birth it may hold one child
     * too many; {@link #endsOn} decides.
     */
    public BirthDates bornForEndBetween(LocalDate after, LocalDate last) {
        return new BirthDates(after.minusYears(untilAge), last.minusYears(untilAge));
    }

    /** A range of birth dates: after {@code after}, up to and including {@code through}. */
    public record BirthDates(LocalDate after, LocalDate through) {
    }
}
