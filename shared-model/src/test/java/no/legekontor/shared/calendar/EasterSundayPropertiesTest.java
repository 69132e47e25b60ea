package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Easter over every Gregorian year this code computes (jqwik; the published dates are in
 * {@link EasterSundayTest}).
 */
class EasterSundayPropertiesTest {

    @Property
    void easterIsASundayFrom22MarchTo25April(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = BusinessCalendar.easterSunday(year);

        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }

    /**
     * The same date by another method: Knuth's, from the golden number and the epact (The Art of
     * Computer Programming, vol. 1, 1.3.2, exercise 14), where the implementation uses the
     * anonymous Gregorian algorithm (Meeus/Jones/Butcher).
     */
    @Property
    void easterAgreesWithKnuthsEpactMethod(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        assertThat(BusinessCalendar.easterSunday(year)).isEqualTo(byEpact(year));
    }

    private static LocalDate byEpact(int year) {
        int golden = year % 19 + 1;
        int century = year / 100 + 1;
        int leapCorrection = 3 * century / 4 - 12;
        int moonCorrection = (8 * century + 5) / 25 - 5;
        int sunday = 5 * year / 4 - leapCorrection - 10;
        int epact = Math.floorMod(11 * golden + 20 + moonCorrection - leapCorrection, 30);
        if (epact == 25 && golden > 11 || epact == 24) {
            epact++;
        }
        int fullMoon = 44 - epact;
        if (fullMoon < 21) {
            fullMoon += 30;
        }
        int day = fullMoon + 7 - Math.floorMod(sunday + fullMoon, 7);
        return day > 31 ? LocalDate.of(year, 4, day - 31) : LocalDate.of(year, 3, day);
    }
}
