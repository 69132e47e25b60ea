package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void holidaysOf2024AreTheTwelveNorwegianPublicHolidays() {
        assertThat(calendar.holidays(2024)).containsExactlyInAnyOrder(
                date("2024-01-01"), // New Year's Day
                date("2024-03-28"), // Maundy Thursday
                date("2024-03-29"), // Good Friday
                date("2024-03-31"), // Easter Sunday
                date("2024-04-01"), // Easter Monday
                date("2024-05-01"), // Labour Day
                date("2024-05-09"), // Ascension Day
                date("2024-05-17"), // Constitution Day
                date("2024-05-19"), // Whit Sunday
                date("2024-05-20"), // Whit Monday
                date("2024-12-25"), // Christmas Day
                date("2024-12-26")); // Boxing Day
    }

    @Test
    void whitMondayOn17MayIsOneHolidayNotTwo() {
        // Easter 2027 is 28 March, so Whit Monday is 17 May
        assertThat(calendar.holidays(2027)).hasSize(11).contains(date("2027-05-17"), date("2027-05-16"));
    }

    @Test
    void ascensionDayOn1MayIsOneHolidayNotTwo() {
        // Easter 2008 was 23 March, so Ascension Day was 1 May
        assertThat(calendar.holidays(2008)).hasSize(11).contains(date("2008-05-01"));
    }

    @Test
    void holidaysCannotBeChangedByCallers() {
        Set<LocalDate> holidays = calendar.holidays(2025);

        assertThatThrownBy(() -> holidays.add(date("2025-06-23"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(calendar.holidays(2025)).doesNotContain(date("2025-06-23"));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertThat(calendar.isBusinessDay(date("2025-06-07"))).as("Saturday").isFalse();
        assertThat(calendar.isBusinessDay(date("2025-06-08"))).as("Sunday").isFalse();
        assertThat(calendar.isBusinessDay(date("2024-05-17"))).as("17 May on a Friday").isFalse();
        assertThat(calendar.isBusinessDay(date("2025-05-29"))).as("Ascension Day").isFalse();
        assertThat(calendar.isBusinessDay(date("2026-01-01"))).as("New Year's Day on a Thursday").isFalse();
    }

    @Test
    void ordinaryWeekdaysAndChristmasEveAreBusinessDays() {
        assertThat(calendar.isBusinessDay(date("2025-06-04"))).as("a Wednesday").isTrue();
        assertThat(calendar.isBusinessDay(date("2024-12-24"))).as("Christmas Eve on a Tuesday").isTrue();
        assertThat(calendar.isBusinessDay(date("2024-12-31"))).as("New Year's Eve on a Tuesday").isTrue();
        assertThat(calendar.isBusinessDay(date("2025-04-19"))).as("Easter Saturday is a weekend day")
                .isFalse();
    }

    @Test
    void oneBusinessDayAfterFridayIsMonday() {
        assertThat(calendar.addBusinessDays(date("2025-06-13"), 1)).isEqualTo(date("2025-06-16"));
    }

    @Test
    void businessDaysAreCountedStrictlyAfterTheDate() {
        // Wed 4 Jun 2025 is itself a business day, but does not count
        assertThat(calendar.addBusinessDays(date("2025-06-04"), 2)).isEqualTo(date("2025-06-06"));
    }

    @Test
    void addingFewerThanOneBusinessDayIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(date("2025-06-04"), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(date("2025-06-04"), -1));
    }

    @Test
    void yearsOutsideTheCachedRangeAreStillComputed() {
        assertThat(calendar.holidays(2300)).contains(BusinessCalendar.easterSunday(2300)).hasSizeBetween(11, 12);
        assertThat(calendar.holidays(1850)).contains(date("1850-05-17"));
    }

    @Test
    void concurrentCallersGetTheSameHolidays() throws Exception {
        BusinessCalendar shared = new BusinessCalendar();
        List<Callable<List<Set<LocalDate>>>> tasks = IntStream.range(0, 16)
                .<Callable<List<Set<LocalDate>>>>mapToObj(task -> () -> IntStream.rangeClosed(2000, 2100)
                        .mapToObj(shared::holidays)
                        .toList())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Set<LocalDate>>>> results = pool.invokeAll(tasks);
            List<Set<LocalDate>> expected = IntStream.rangeClosed(2000, 2100)
                    .mapToObj(new BusinessCalendar()::holidays)
                    .toList();
            for (Future<List<Set<LocalDate>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
