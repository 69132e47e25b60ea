package no.legekontor.shared.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R14: an approved renewal is valid one year from the decision, unless the GP gives its last day. */
class RenewalValidityTest {

    static final LocalDate DECIDED_ON = LocalDate.of(2026, 12, 7);

    @Test
    void renewalWithoutALastDayIsValidOneYearFromTheDecision() {
        assertThat(RenewalValidity.validUntil(DECIDED_ON, null)).isEqualTo(LocalDate.of(2027, 12, 7));
    }

    @Test
    void renewalIsValidUntilTheDayTheGpGave() {
        assertThat(RenewalValidity.validUntil(DECIDED_ON, LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(RenewalValidity.validUntil(DECIDED_ON, LocalDate.of(2029, 1, 1))).isEqualTo(LocalDate.of(2029, 1, 1));
    }

    @Test
    void aLastDayOnTheDecisionDateIsKept() {
        assertThat(RenewalValidity.validUntil(DECIDED_ON, DECIDED_ON)).isEqualTo(DECIDED_ON);
    }

    @Test
    void aLastDayBeforeTheDecisionFallsBackToOneYear() {
        assertThat(RenewalValidity.validUntil(DECIDED_ON, DECIDED_ON.minusDays(1))).isEqualTo(LocalDate.of(2027, 12, 7));
    }

    @Test
    void renewalDecidedOnLeapDayRunsToTheLastDayOfFebruary() {
        assertThat(RenewalValidity.validUntil(LocalDate.of(2028, 2, 29), null)).isEqualTo(LocalDate.of(2029, 2, 28));
    }
}
