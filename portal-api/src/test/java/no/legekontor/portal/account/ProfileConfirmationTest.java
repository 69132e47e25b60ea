package no.legekontor.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** R3: contact details must be confirmed every 18 months (Oslo time). */
class ProfileConfirmationTest {

    static final ProfileConfirmation EVERY_18_MONTHS = new ProfileConfirmation(18);

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    @Test
    void profileIsValidUntilExactlyEighteenMonthsAfterConfirmation() {
        Instant confirmed = oslo("2025-03-10T09:00");
        assertThat(EVERY_18_MONTHS.validAt(confirmed, oslo("2026-09-10T09:00"))).isTrue();
        assertThat(EVERY_18_MONTHS.validAt(confirmed, oslo("2026-09-10T09:00:01"))).isFalse();
        assertThat(EVERY_18_MONTHS.validAt(confirmed, oslo("2026-09-11T09:00"))).isFalse();
    }

    @Test
    void confirmationOnTheLastDayOfAugustIsDueOnTheLastDayOfFebruary() {
        assertThat(EVERY_18_MONTHS.dueAt(oslo("2026-08-31T12:00"))).isEqualTo(oslo("2028-02-29T12:00"));
        assertThat(EVERY_18_MONTHS.dueAt(oslo("2025-08-31T12:00"))).isEqualTo(oslo("2027-02-28T12:00"));
    }

    @Test
    void confirmationKeepsTheOsloTimeOfDayAcrossDaylightSaving() {
        // Confirmed in winter (UTC+1), due in summer (UTC+2): 09:00 Oslo both times.
        assertThat(EVERY_18_MONTHS.dueAt(oslo("2025-01-15T09:00"))).isEqualTo(oslo("2026-07-15T09:00"));
    }

    @Test
    void neverConfirmedProfileIsNotConfirmedAndHasNoDueDate() {
        assertThat(EVERY_18_MONTHS.validAt(null, Instant.now())).isFalse();
        assertThat(EVERY_18_MONTHS.dueAt(null)).isNull();
    }

    @Test
    void theConfiguredMonthsMoveTheDueDate() {
        assertThat(new ProfileConfirmation(12).dueAt(oslo("2026-03-10T09:00"))).isEqualTo(oslo("2027-03-10T09:00"));
    }
}
