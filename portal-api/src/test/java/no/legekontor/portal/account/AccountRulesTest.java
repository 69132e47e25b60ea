package no.legekontor.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    @Test
    void profileIsValidUntilExactlyEighteenMonthsAfterConfirmation() {
        Instant confirmed = oslo("2025-03-10T09:00");
        assertThat(AccountRules.profileConfirmed(confirmed, oslo("2026-09-10T09:00"), 18)).isTrue();
        assertThat(AccountRules.profileConfirmed(confirmed, oslo("2026-09-10T09:00:01"), 18)).isFalse();
        assertThat(AccountRules.profileConfirmed(confirmed, oslo("2026-09-11T09:00"), 18)).isFalse();
    }

    @Test
    void confirmationOnTheLastDayOfAugustIsDueOnTheLastDayOfFebruary() {
        assertThat(AccountRules.confirmationDue(oslo("2026-08-31T12:00"), 18)).isEqualTo(oslo("2028-02-29T12:00"));
        assertThat(AccountRules.confirmationDue(oslo("2025-08-31T12:00"), 18)).isEqualTo(oslo("2027-02-28T12:00"));
    }

    @Test
    void neverConfirmedProfileIsNotConfirmed() {
        assertThat(AccountRules.profileConfirmed(null, Instant.now(), 18)).isFalse();
    }

    @Test
    void guardianActsUntilTheDayBeforeTheSixteenthBirthday() {
        NationalId child = NationalId.parse(SyntheticIds.synthetic(LocalDate.of(2010, 11, 5), 0));
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2026, 11, 4), 16)).isTrue();
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2026, 11, 5), 16)).isFalse();
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2026, 11, 6), 16)).isFalse();
    }

    @Test
    void childBornOnLeapDayTurnsSixteenOnLeapDay() {
        NationalId child = NationalId.parse(SyntheticIds.synthetic(LocalDate.of(2012, 2, 29), 0));
        assertThat(AccountRules.proxyEndsOn(child, 16)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2028, 2, 28), 16)).isTrue();
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2028, 2, 29), 16)).isFalse();
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2028, 3, 1), 16)).isFalse();
    }

    @Test
    void dNumberChildIsJudgedByItsRealBirthDate() {
        NationalId child = NationalId.parse(SyntheticIds.dNumber(LocalDate.of(2011, 4, 20), 0));
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2027, 4, 19), 16)).isTrue();
        assertThat(AccountRules.proxyActive(child, LocalDate.of(2027, 4, 20), 16)).isFalse();
    }
}
