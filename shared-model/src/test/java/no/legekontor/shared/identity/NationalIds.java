package no.legekontor.shared.identity;

import java.util.Optional;

/** Builds national ids for tests: the check digits computed here, not by the class under test. */
final class NationalIds {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalIds() {
    }

    /** The first nine digits completed with both check digits, or empty where a remainder is 1. */
    static Optional<String> withCheckDigits(String firstNine) {
        if (firstNine.length() != 9) {
            throw new IllegalArgumentException("nine digits expected: " + firstNine);
        }
        int first = checkDigit(firstNine, FIRST_WEIGHTS);
        if (first < 0) {
            return Optional.empty();
        }
        int second = checkDigit(firstNine + first, SECOND_WEIGHTS);
        if (second < 0) {
            return Optional.empty();
        }
        return Optional.of(firstNine + first + second);
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

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return -1;
        }
        return remainder == 0 ? 0 : 11 - remainder;
    }
}
