package no.legekontor.shared.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Objects;

/**
 * A Norwegian national id (fødselsnummer), D-number or synthetic test id whose check digits,
 * birth date and century have been verified.
 *
 * <p>Both services identify patients, guardians and children by this value, and the age rules (a
 * guardian acts for a child under 16, R11; a child pays no co-payment, R7) need the birth date, so
 * the id's rules live here once instead of in each service; the age rules are the portal's. Holding a
 * {@code NationalId} means the value passed every check; there is no way to build an unchecked one.
 *
 * <p>The layout is {@code DDMMYY III KK}: birth date, a three-digit individual number that also
 * encodes the century, and two mod-11 check digits. D-numbers (issued to people without a
 * fødselsnummer) add 40 to the day; synthetic test ids (Skatteetaten's Tenor) add 80 to the month.
 * Both offsets may appear together. The month + 40 convention of older test data (H-numbers) is not
 * accepted, because the product specification does not ask for it.
 *
 * <p>{@link #toString()} is masked: a national id that ends up in a log line by accident shows only
 * its first six digits. Use {@link #value()} where the whole id is really needed.
 */
public final class NationalId {

    private static final int LENGTH = 11;
    private static final int D_NUMBER_DAY_OFFSET = 40;
    private static final int SYNTHETIC_MONTH_OFFSET = 80;

    private final String value;
    private final LocalDate birthDate;
    private final boolean dNumber;
    private final boolean synthetic;

    private NationalId(String value, LocalDate birthDate, boolean dNumber, boolean synthetic) {
        this.value = value;
        this.birthDate = birthDate;
        this.dNumber = dNumber;
        this.synthetic = synthetic;
    }

    /**
     * Turns untrusted input (a token claim, a header, a request body) into a checked id.
     *
     * <p>The input must be exactly eleven ASCII digits; nothing is trimmed or reformatted, so that
     * the stored value is always the canonical form and two spellings of one person cannot exist.
     *
     * @throws InvalidNationalIdException naming the broken rule, never the input
     */
    public static NationalId parse(String value) {
        if (value == null) {
            throw new InvalidNationalIdException(InvalidNationalIdException.Reason.MISSING);
        }
        if (value.length() != LENGTH) {
            throw new InvalidNationalIdException(InvalidNationalIdException.Reason.WRONG_LENGTH);
        }
        int[] digits = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            // Character.isDigit would let Arabic-Indic and other Unicode digits through.
            if (c < '0' || c > '9') {
                throw new InvalidNationalIdException(InvalidNationalIdException.Reason.NOT_DIGITS);
            }
            digits[i] = c - '0';
        }
        if (!Mod11.holds(value, Mod11.NATIONAL_ID_FIRST)) {
            throw new InvalidNationalIdException(InvalidNationalIdException.Reason.FIRST_CHECK_DIGIT);
        }
        if (!Mod11.holds(value, Mod11.NATIONAL_ID_SECOND)) {
            throw new InvalidNationalIdException(InvalidNationalIdException.Reason.SECOND_CHECK_DIGIT);
        }

        int day = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        int twoDigitYear = digits[4] * 10 + digits[5];
        int individualNumber = digits[6] * 100 + digits[7] * 10 + digits[8];

        boolean dNumber = day > D_NUMBER_DAY_OFFSET;
        if (dNumber) {
            day -= D_NUMBER_DAY_OFFSET;
        }
        boolean synthetic = month > SYNTHETIC_MONTH_OFFSET;
        if (synthetic) {
            month -= SYNTHETIC_MONTH_OFFSET;
        }
        int year = fullYear(individualNumber, twoDigitYear);
        try {
            return new NationalId(value, LocalDate.of(year, month, day), dNumber, synthetic);
        } catch (DateTimeException notADate) {
            throw new InvalidNationalIdException(InvalidNationalIdException.Reason.INVALID_DATE);
        }
    }

    /** For validation that only needs a yes or no (bean validation, filters). */
    public static boolean isValid(String value) {
        return tryParse(value).isPresent();
    }

    /**
     * The national id, or empty when the value is not one: for callers that answer an invalid id
     * their own way, without validating twice.
     */
    public static Optional<NationalId> tryParse(String value) {
        try {
            return Optional.of(parse(value));
        } catch (InvalidNationalIdException invalid) {
            return Optional.empty();
        }
    }

    /**
     * The first nine digits (birth date and individual number) completed with both check digits, or
     * empty where a remainder of 1 leaves no check digit: how test and benchmark tools make ids. The
     * result is not checked further (the date may be impossible); parse it for that.
     */
    public static Optional<String> withCheckDigits(String firstNine) {
        if (firstNine.length() != 9 || !firstNine.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("nine ASCII digits expected");
        }
        OptionalInt first = Mod11.checkDigit(firstNine, Mod11.NATIONAL_ID_FIRST);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String ten = firstNine + first.getAsInt();
        OptionalInt second = Mod11.checkDigit(ten, Mod11.NATIONAL_ID_SECOND);
        return second.isEmpty() ? Optional.empty() : Optional.of(ten + second.getAsInt());
    }

    /** Skatteetaten's allocation of individual numbers to centuries. */
    private static int fullYear(int individualNumber, int twoDigitYear) {
        if (individualNumber <= 499) {
            return 1900 + twoDigitYear;
        }
        if (individualNumber <= 749 && twoDigitYear >= 54) {
            return 1800 + twoDigitYear;
        }
        if (twoDigitYear <= 39) {
            return 2000 + twoDigitYear;
        }
        if (individualNumber >= 900) {
            return 1900 + twoDigitYear;
        }
        // 500-749 with years 40-53, and 750-899 with years 40-99, were never issued.
        throw new InvalidNationalIdException(InvalidNationalIdException.Reason.UNKNOWN_CENTURY);
    }

    /** The whole eleven digits, for storage, tokens and lookups; do not log it. */
    public String value() {
        return value;
    }

    /**
     * The real birth date, with any D-number or synthetic offset removed, because age rules (such as
     * a guardian's access ending at 16) must not depend on how the id was issued.
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Lets callers treat people without a fødselsnummer differently where the rules say so. */
    public boolean isDNumber() {
        return dNumber;
    }

    /**
     * Lets production refuse or flag test identities (month + 80) that must never reach real
     * clinic systems, while development and tests use them freely.
     */
    public boolean isSynthetic() {
        return synthetic;
    }

    /**
     * Age in whole years on a date, counted as {@link LocalDate#plusYears(long)} counts: someone born
     * on 29 February has their birthday on 28 February in years without one. So {@code ageOn(d) >= n}
     * exactly when {@code d} is on or after {@code birthDate().plusYears(n)}, and an age rule written
     * either way (a guardian's access ending at 16, a child's exemption from co-payment) gives the
     * same answer.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date, where no age exists
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("The date is before the birth date");
        }
        int years = date.getYear() - birthDate.getYear();
        if (birthDate.plusYears(years).isAfter(date)) {
            years--;
        }
        return years;
    }

    /**
     * The id with the individual number and check digits hidden, e.g. {@code 148385*****}: enough
     * for staff or a support log to tell people apart by birth date, not enough to identify them.
     * The first six digits are shown as written, offsets included.
     */
    public String masked() {
        return value.substring(0, 6) + "*****";
    }

    /** Masked, so that string concatenation and logging never reveal the whole id. */
    @Override
    public String toString() {
        return masked();
    }

    /** Two ids are the same person exactly when their eleven digits are equal. */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof NationalId that && value.equals(that.value));
    }

    /** Consistent with {@link #equals(Object)}, so ids work as map keys. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
