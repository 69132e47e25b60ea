package no.legekontor.shared.prescription;

import java.time.LocalDate;

/**
 * R14: how long an approved renewal is valid. The GP may give the last valid day; without one, or
 * with one before the decision's date, the new prescription is valid one year from the decision's
 * date (Oslo). The inbox records it with the decision and the portal issues the prescription from
 * it, so both apply this one rule.
 */
public final class RenewalValidity {

    /** Years a renewal is valid when the GP gives no last day. */
    public static final int DEFAULT_YEARS = 1;

    private RenewalValidity() {
    }

    /**
     * The renewed prescription's last valid day.
     *
     * @param decidedOn the decision's date in Oslo (the new prescription's issue date)
     * @param requested the last day the GP gave, or null
     */
    public static LocalDate validUntil(LocalDate decidedOn, LocalDate requested) {
        return requested != null && !requested.isBefore(decidedOn) ? requested : decidedOn.plusYears(DEFAULT_YEARS);
    }
}
