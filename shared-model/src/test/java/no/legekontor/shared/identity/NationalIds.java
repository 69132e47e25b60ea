package no.legekontor.shared.identity;

import java.util.Optional;

/**
 * Builds national ids for tests, with {@link Mod11}'s check digits; {@code Mod11Test} and the
 * hand-worked ids in {@code NationalIdTest} keep that computation honest.
 */
final class NationalIds {

    private NationalIds() {
    }

    /** The first nine digits completed with both check digits, or empty where a remainder is 1. */
    static Optional<String> withCheckDigits(String firstNine) {
        return NationalId.withCheckDigits(firstNine);
    }

    /**
     * An id with valid check digits for the given day, month, two-digit year and individual
     * number, or empty where no check digits exist for that combination.
     */
    static Optional<String> of(int day, int month, int twoDigitYear, int individualNumber) {
        return withCheckDigits(String.format("%02d%02d%02d%03d", day, month, twoDigitYear, individualNumber));
    }

    /**
     * An id with valid check digits for a month, year and individual number, on the first day of
     * the month (1-28) for which the check digits exist; for tests where only the century matters.
     */
    static String anyDayOf(int month, int twoDigitYear, int individualNumber) {
        for (int day = 1; day <= 28; day++) {
            Optional<String> id = of(day, month, twoDigitYear, individualNumber);
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new IllegalStateException("no valid id in that month");
    }

    /** Like {@link #of}, for a fixed date, trying individual numbers from {@code from} upwards. */
    static String firstValid(int day, int month, int twoDigitYear, int from) {
        for (int individualNumber = from; individualNumber <= 999; individualNumber++) {
            Optional<String> id = of(day, month, twoDigitYear, individualNumber);
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new IllegalStateException("no valid id for that date");
    }
}
