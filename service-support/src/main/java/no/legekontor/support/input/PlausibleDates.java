package no.legekontor.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import no.legekontor.support.problem.InvalidInput;

/**
 * The years a date or time we take may lie in: 1900-2199. ISO-8601 allows years from -999999999 to
 * +999999999, but the business calendar is Gregorian (from 1583) and PostgreSQL's timestamps end in
 * the year 294276, so an extreme date failed deep inside a request as a 500. Nothing a clinic or a
 * patient sends lies outside these years; what does is refused as 400 {@code validation-failed}.
 */
public final class PlausibleDates {

    /** The first year taken. */
    public static final int FIRST_YEAR = 1900;
    /** The last year taken. */
    public static final int LAST_YEAR = 2199;
    /** The reason of the field error; its text is {@code field.plausible-date.detail}. */
    public static final String REASON = "plausible-date";
    /** What the OpenAPI descriptions of such fields say. */
    public static final String RANGE = "years 1900-2199";

    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    private PlausibleDates() {
    }

    /** Whether the date or time (LocalDate, OffsetDateTime, ZonedDateTime, Instant) lies in the years taken. */
    public static boolean plausible(TemporalAccessor value) {
        int year;
        if (value instanceof LocalDate date) {
            year = date.getYear();
        } else if (value instanceof OffsetDateTime time) {
            year = time.getYear();
        } else if (value instanceof ZonedDateTime time) {
            year = time.getYear();
        } else if (value instanceof Instant instant) {
            // Compared, not converted: an Instant's range is wider than an OffsetDateTime's.
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
        } else {
            throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
        }
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The value, if it lies in the years taken; else 400 {@code validation-failed} naming the field. */
    public static <T extends TemporalAccessor> T require(String field, T value) {
        if (value != null && !plausible(value)) {
            throw new InvalidInput(field, REASON, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return value;
    }
}
