package no.legekontor.portal.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.input.PlausibleDates;
import no.legekontor.support.problem.InvalidInput;

/**
 * The {@code from} and {@code to} query parameters of the appointment lists: ISO dates
 * ({@code 2026-12-03}) in Europe/Oslo, both days included.
 *
 * @param from the first day
 * @param to   the last day
 */
record DateRange(LocalDate from, LocalDate to) {

    /**
     * @param defaultDays {@code to} when absent: this many days after {@code from}
     * @param maxDays     the longest range a caller may ask for (from and to inclusive)
     */
    static DateRange parse(String from, String to, LocalDate today, int defaultDays, int maxDays) {
        LocalDate first = date("from", from, today);
        LocalDate last = date("to", to, first.plusDays(defaultDays));
        if (last.isBefore(first)) {
            throw new InvalidInput("to", "before-from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw new InvalidInput("to", "range-too-long");
        }
        return new DateRange(first, last);
    }

    /** Midnight starting {@code from}, Oslo time. */
    Instant start() {
        return from.atStartOfDay(BusinessCalendar.OSLO).toInstant();
    }

    /** Midnight ending {@code to}, Oslo time (exclusive). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessCalendar.OSLO).toInstant();
    }

    private static LocalDate date(String field, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return PlausibleDates.require(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "date");
        }
    }
}
