package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EasterSundayTest {

    /**
     * Western Easter Sunday 2000-2040, typed from published lists of Easter dates (not computed),
     * so that the algorithm is checked against something independent of it.
     */
    static final List<LocalDate> PUBLISHED_EASTER_SUNDAYS = List.of(
            LocalDate.parse("2000-04-23"), LocalDate.parse("2001-04-15"), LocalDate.parse("2002-03-31"),
            LocalDate.parse("2003-04-20"), LocalDate.parse("2004-04-11"), LocalDate.parse("2005-03-27"),
            LocalDate.parse("2006-04-16"), LocalDate.parse("2007-04-08"), LocalDate.parse("2008-03-23"),
            LocalDate.parse("2009-04-12"), LocalDate.parse("2010-04-04"), LocalDate.parse("2011-04-24"),
            LocalDate.parse("2012-04-08"), LocalDate.parse("2013-03-31"), LocalDate.parse("2014-04-20"),
            LocalDate.parse("2015-04-05"), LocalDate.parse("2016-03-27"), LocalDate.parse("2017-04-16"),
            LocalDate.parse("2018-04-01"), LocalDate.parse("2019-04-21"), LocalDate.parse("2020-04-12"),
            LocalDate.parse("2021-04-04"), LocalDate.parse("2022-04-17"), LocalDate.parse("2023-04-09"),
            LocalDate.parse("2024-03-31"), LocalDate.parse("2025-04-20"), LocalDate.parse("2026-04-05"),
            LocalDate.parse("2027-03-28"), LocalDate.parse("2028-04-16"), LocalDate.parse("2029-04-01"),
            LocalDate.parse("2030-04-21"), LocalDate.parse("2031-04-13"), LocalDate.parse("2032-03-28"),
            LocalDate.parse("2033-04-17"), LocalDate.parse("2034-04-09"), LocalDate.parse("2035-03-25"),
            LocalDate.parse("2036-04-13"), LocalDate.parse("2037-04-05"), LocalDate.parse("2038-04-25"),
            LocalDate.parse("2039-04-10"), LocalDate.parse("2040-04-01"));

    static Stream<LocalDate> publishedEasterSundays() {
        return PUBLISHED_EASTER_SUNDAYS.stream();
    }

    @Test
    void publishedTableCoversEveryYearFrom2000To2040() {
        assertThat(PUBLISHED_EASTER_SUNDAYS).extracting(LocalDate::getYear)
                .containsExactlyElementsOf(IntStream.rangeClosed(2000, 2040).boxed().toList());
    }

    @ParameterizedTest
    @MethodSource("publishedEasterSundays")
    void easterSundayMatchesThePublishedDate(LocalDate published) {
        assertThat(BusinessCalendar.easterSunday(published.getYear())).isEqualTo(published);
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.easterSunday(1582));
    }
}
