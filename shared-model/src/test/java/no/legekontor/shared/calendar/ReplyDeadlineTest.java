package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deadlines worked out by hand on a paper calendar: each comment counts the business days. Compared
 * as strings, so that both the wall-clock time and the offset must match.
 */
class ReplyDeadlineTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    /** An instant given as Oslo wall-clock time, as a patient would see it. */
    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    private OffsetDateTime dueBy(Instant receivedAt) {
        return calendar.replyDueBy(receivedAt);
    }

    @Nested
    class OrdinaryWeeks {

        @Test
        void receivedOnSaturdayIsDueTheFollowingFriday() {
            // Sat 8 Jun 2024 -> Mon 10, Tue 11, Wed 12, Thu 13, Fri 14
            assertThat(dueBy(oslo("2024-06-08T11:00"))).hasToString("2024-06-14T23:59:59+02:00");
        }

        @Test
        void receivedOnSundayIsDueTheFollowingFriday() {
            assertThat(dueBy(oslo("2024-06-09T23:59:59"))).hasToString("2024-06-14T23:59:59+02:00");
        }

        @Test
        void receivedOnMondayIsDueTheNextMonday() {
            // Mon 10 Jun 2024 -> Tue 11, Wed 12, Thu 13, Fri 14, Mon 17
            assertThat(dueBy(oslo("2024-06-10T08:00"))).hasToString("2024-06-17T23:59:59+02:00");
        }

        @Test
        void receivedAtTheFirstSecondOfMondayIsStillDueTheNextMonday() {
            assertThat(dueBy(oslo("2024-06-10T00:00"))).hasToString("2024-06-17T23:59:59+02:00");
        }

        @Test
        void theLengthIsConfigurable() {
            // Sat 8 Jun 2024 -> Mon 10 is the first business day; ten business days end Fri 21
            assertThat(calendar.replyDueBy(oslo("2024-06-08T11:00"), 1)).hasToString("2024-06-10T23:59:59+02:00");
            assertThat(calendar.replyDueBy(oslo("2024-06-08T11:00"), 10)).hasToString("2024-06-21T23:59:59+02:00");
        }

        @Test
        void aLengthBelowOneBusinessDayIsRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.replyDueBy(oslo("2024-06-10T08:00"), 0));
        }
    }

    @Nested
    class TheOsloDateCounts {

        @Test
        void receivedAt2330UtcInSummerIsAlreadyTheNextDayInOslo() {
            // 23:30 UTC on Mon 10 Jun 2024 is 01:30 on Tue 11 Jun in Oslo:
            // Wed 12, Thu 13, Fri 14, Mon 17, Tue 18 (a UTC date would have given Mon 17)
            assertThat(dueBy(Instant.parse("2024-06-10T23:30:00Z"))).hasToString("2024-06-18T23:59:59+02:00");
        }

        @Test
        void receivedAt2330UtcOnSundayInWinterIsAMondayInOslo() {
            // 23:30 UTC on Sun 14 Jan 2024 is 00:30 on Mon 15 Jan in Oslo -> the next Monday, 22 Jan
            assertThat(dueBy(Instant.parse("2024-01-14T23:30:00Z"))).hasToString("2024-01-22T23:59:59+01:00");
        }

        @Test
        void theLastSecondOfTheOsloDayStillCountsAsThatDay() {
            // 21:59:59 UTC is 23:59:59 CEST on Mon 10 Jun; one second later it is Tuesday
            assertThat(dueBy(Instant.parse("2024-06-10T21:59:59Z"))).hasToString("2024-06-17T23:59:59+02:00");
            assertThat(dueBy(Instant.parse("2024-06-10T22:00:00Z"))).hasToString("2024-06-18T23:59:59+02:00");
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void dueAfterTheSpringChangeKeepsLocalEndOfDayWithSummerOffset() {
            // Wed 26 Mar 2025 (+01:00); clocks go forward Sun 30 Mar.
            // Thu 27, Fri 28, Mon 31, Tue 1 Apr, Wed 2 Apr (+02:00)
            OffsetDateTime due = dueBy(Instant.parse("2025-03-26T09:00:00Z"));

            assertThat(due).hasToString("2025-04-02T23:59:59+02:00");
            assertThat(due.toInstant()).hasToString("2025-04-02T21:59:59Z");
        }

        @Test
        void dueAfterTheAutumnChangeKeepsLocalEndOfDayWithWinterOffset() {
            // Wed 22 Oct 2025 (+02:00); clocks go back Sun 26 Oct.
            // Thu 23, Fri 24, Mon 27, Tue 28, Wed 29 (+01:00)
            OffsetDateTime due = dueBy(Instant.parse("2025-10-22T09:00:00Z"));

            assertThat(due).hasToString("2025-10-29T23:59:59+01:00");
            assertThat(due.toInstant()).hasToString("2025-10-29T22:59:59Z");
        }

        @Test
        void receivedInEitherRepeatedAutumnHourIsTheSameSunday() {
            // 02:30 on Sun 26 Oct 2025 happens twice (CEST, then CET) -> Mon 27 ... Fri 31
            assertThat(dueBy(Instant.parse("2025-10-26T00:30:00Z"))).hasToString("2025-10-31T23:59:59+01:00");
            assertThat(dueBy(Instant.parse("2025-10-26T01:30:00Z"))).hasToString("2025-10-31T23:59:59+01:00");
        }
    }

    @Nested
    class Easter {

        @Test
        void receivedWednesdayBeforeEaster2024SkipsMaundyThursdayToEasterMonday() {
            // Wed 27 Mar 2024; Thu 28, Fri 29, Mon 1 Apr are holidays -> Tue 2, Wed 3, Thu 4, Fri 5, Mon 8
            assertThat(dueBy(oslo("2024-03-27T10:00"))).hasToString("2024-04-08T23:59:59+02:00");
        }

        @Test
        void receivedWednesdayBeforeEaster2025SkipsMaundyThursdayToEasterMonday() {
            // Wed 16 Apr 2025; Thu 17, Fri 18, Mon 21 are holidays -> Tue 22, Wed 23, Thu 24, Fri 25, Mon 28
            assertThat(dueBy(oslo("2025-04-16T10:00"))).hasToString("2025-04-28T23:59:59+02:00");
        }

        @Test
        void receivedOnGoodFridayCountsFromTheTuesdayAfterEaster() {
            // Fri 18 Apr 2025 -> Tue 22, Wed 23, Thu 24, Fri 25, Mon 28
            assertThat(dueBy(oslo("2025-04-18T10:00"))).hasToString("2025-04-28T23:59:59+02:00");
        }
    }

    @Nested
    class AscensionAndWhitsun {

        @Test
        void ascensionDayIsSkipped() {
            // Mon 26 May 2025; Thu 29 May is Ascension -> Tue 27, Wed 28, Fri 30, Mon 2 Jun, Tue 3 Jun
            assertThat(dueBy(oslo("2025-05-26T10:00"))).hasToString("2025-06-03T23:59:59+02:00");
        }

        @Test
        void whitMondayIsSkipped() {
            // Fri 6 Jun 2025; Mon 9 Jun is Whit Monday -> Tue 10, Wed 11, Thu 12, Fri 13, Mon 16
            assertThat(dueBy(oslo("2025-06-06T10:00"))).hasToString("2025-06-16T23:59:59+02:00");
        }
    }

    @Nested
    class ConstitutionDay {

        @Test
        void seventeenthOfMayOnFridayAndWhitMondayAreBothSkipped() {
            // Mon 13 May 2024; Fri 17 May and Mon 20 May (Whit Monday) are holidays
            // -> Tue 14, Wed 15, Thu 16, Tue 21, Wed 22
            assertThat(dueBy(oslo("2024-05-13T10:00"))).hasToString("2024-05-22T23:59:59+02:00");
        }

        @Test
        void seventeenthOfMayOnWednesdayFollowedByAscensionDayCostsTwoDays() {
            // Tue 16 May 2023; Wed 17 May and Thu 18 May (Ascension) -> Fri 19, Mon 22, Tue 23, Wed 24, Thu 25
            assertThat(dueBy(oslo("2023-05-16T10:00"))).hasToString("2023-05-25T23:59:59+02:00");
        }

        @Test
        void seventeenthOfMayOnSaturdayCostsNothing() {
            // Fri 16 May 2025 -> Mon 19, Tue 20, Wed 21, Thu 22, Fri 23
            assertThat(dueBy(oslo("2025-05-16T10:00"))).hasToString("2025-05-23T23:59:59+02:00");
        }

        @Test
        void seventeenthOfMayThatIsAlsoWhitMondayIsSkippedOnce() {
            // Fri 14 May 2027; Mon 17 May is both -> Tue 18, Wed 19, Thu 20, Fri 21, Mon 24
            assertThat(dueBy(oslo("2027-05-14T10:00"))).hasToString("2027-05-24T23:59:59+02:00");
        }
    }

    @Nested
    class ChristmasAndNewYear {

        @Test
        void receivedOn23DecemberRunsPastChristmasAndNewYear() {
            // Mon 23 Dec 2024; Christmas Eve is a business day, 25, 26 Dec and 1 Jan are not
            // -> Tue 24, Fri 27, Mon 30, Tue 31, Thu 2 Jan
            assertThat(dueBy(oslo("2024-12-23T10:00"))).hasToString("2025-01-02T23:59:59+01:00");
        }

        @Test
        void receivedOnChristmasEve() {
            // Tue 24 Dec 2024 -> Fri 27, Mon 30, Tue 31, Thu 2 Jan, Fri 3 Jan
            assertThat(dueBy(oslo("2024-12-24T10:00"))).hasToString("2025-01-03T23:59:59+01:00");
        }

        @Test
        void receivedOnChristmasDay() {
            // Wed 25 Dec 2024 (holiday) -> Fri 27, Mon 30, Tue 31, Thu 2 Jan, Fri 3 Jan
            assertThat(dueBy(oslo("2024-12-25T10:00"))).hasToString("2025-01-03T23:59:59+01:00");
        }

        @Test
        void receivedOn27December() {
            // Fri 27 Dec 2024 -> Mon 30, Tue 31, Thu 2 Jan, Fri 3 Jan, Mon 6 Jan
            assertThat(dueBy(oslo("2024-12-27T10:00"))).hasToString("2025-01-06T23:59:59+01:00");
        }

        @Test
        void receivedLateOnNewYearsEve() {
            // Tue 31 Dec 2024 23:30 -> Thu 2, Fri 3, Mon 6, Tue 7, Wed 8 Jan
            assertThat(dueBy(oslo("2024-12-31T23:30"))).hasToString("2025-01-08T23:59:59+01:00");
        }
    }

    @Nested
    class Overdue {

        private final OffsetDateTime due = OffsetDateTime.parse("2024-06-17T23:59:59+02:00");

        @Test
        void notOverdueUpToAndIncludingTheDueInstant() {
            assertThat(calendar.isOverdue(due, Instant.parse("2024-06-17T12:00:00Z"))).isFalse();
            assertThat(calendar.isOverdue(due, Instant.parse("2024-06-17T21:59:59Z"))).isFalse();
        }

        @Test
        void overdueOnceTheDueInstantHasPassed() {
            assertThat(calendar.isOverdue(due, Instant.parse("2024-06-17T21:59:59.001Z"))).isTrue();
            assertThat(calendar.isOverdue(due, Instant.parse("2024-06-18T06:00:00Z"))).isTrue();
        }
    }
}
