package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** R8: the office aims to answer a message by 16:00 the same business day, else the next one. */
class OfficeTargetTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    @Test
    void morningMessageOnABusinessDayIsAimedAtFourThatAfternoon() {
        // Tue 3 Dec 2024
        assertThat(calendar.officeTargetBy(oslo("2024-12-03T09:15"))).hasToString("2024-12-03T16:00+01:00");
    }

    @Test
    void messageAtFourSharpWaitsForTheNextBusinessDay() {
        assertThat(calendar.officeTargetBy(oslo("2024-12-03T16:00"))).hasToString("2024-12-04T16:00+01:00");
    }

    @Test
    void fridayEveningMessageIsAimedAtMonday() {
        assertThat(calendar.officeTargetBy(oslo("2024-12-06T18:30"))).hasToString("2024-12-09T16:00+01:00");
    }

    @Test
    void saturdayMorningMessageIsAimedAtMonday() {
        assertThat(calendar.officeTargetBy(oslo("2024-12-07T08:00"))).hasToString("2024-12-09T16:00+01:00");
    }

    @Test
    void messageOnChristmasEveAfterFourSkipsBothChristmasDays() {
        // Tue 24 Dec 2024 is a business day; 25 and 26 are holidays
        assertThat(calendar.officeTargetBy(oslo("2024-12-24T17:00"))).hasToString("2024-12-27T16:00+01:00");
    }

    @Test
    void messageOnMaundyThursdayMorningIsAimedAtTheTuesdayAfterEaster() {
        // Maundy Thursday 17 Apr 2025: holiday; Good Friday, Easter Monday too -> Tue 22 Apr
        assertThat(calendar.officeTargetBy(oslo("2025-04-17T09:00"))).hasToString("2025-04-22T16:00+02:00");
    }

    @Test
    void midnightInOsloBelongsToTheNorwegianDay() {
        // 00:30 Wed 4 Dec in Oslo is 23:30 UTC on Tuesday
        assertThat(calendar.officeTargetBy(Instant.parse("2024-12-03T23:30:00Z"))).hasToString("2024-12-04T16:00+01:00");
    }
}
