package no.legekontor.shared.identity;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Norwegian organisation number (organisasjonsnummer) whose mod-11 check digit has been verified.
 *
 * <p>Clinics are identified by it, in HelseID's {@code clinic_id} claim and in every event, so a
 * typo must be caught where the value enters the system rather than show up as "clinic not found"
 * later. Holding an {@code OrgNumber} means the value passed the check.
 *
 * @param value the nine digits; organisation numbers are public, so unlike a national id it may be
 *     logged and shown
 */
public record OrgNumber(String value) {

    private static final int LENGTH = 9;

    /**
     * Rejects anything that {@link #parse(String)} would reject, so that the record's public
     * constructor cannot be used to slip past the check.
     *
     * @throws InvalidOrgNumberException if the value is not a valid organisation number
     */
    public OrgNumber {
        check(value);
    }

    /**
     * Turns untrusted input (a token claim, a request body) into a checked organisation number.
     *
     * <p>Exactly nine ASCII digits; spaces (as in "910 000 004") are not removed, so that only the
     * canonical form is ever stored and compared.
     *
     * @throws InvalidOrgNumberException saying which rule the input broke
     */
    public static OrgNumber parse(String value) {
        return new OrgNumber(value);
    }

    /** For validation that only needs a yes or no, without an exception. */
    public static boolean isValid(String value) {
        try {
            check(value);
            return true;
        } catch (InvalidOrgNumberException invalid) {
            return false;
        }
    }

    private static void check(String value) {
        if (value == null) {
            throw new InvalidOrgNumberException("No organisation number given");
        }
        if (value.length() != LENGTH) {
            // No echo of the input: an 11-digit national id pasted into the wrong field is PII.
            throw new InvalidOrgNumberException("An organisation number has exactly 9 digits");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidOrgNumberException(
                        "An organisation number contains only the digits 0-9: '" + value + "'");
            }
        }
        // Remainder 1 would need the check digit 10: no such organisation number is issued.
        if (!Mod11.holds(value, Mod11.ORG_NUMBER)) {
            throw new InvalidOrgNumberException(
                    "The check digit of organisation number '" + value + "' does not match");
        }
    }

    /**
     * Eight digits completed with their check digit, or empty where a remainder of 1 leaves none:
     * how test and benchmark tools make organisation numbers.
     */
    public static Optional<OrgNumber> withCheckDigit(String firstEight) {
        if (firstEight.length() != LENGTH - 1 || !firstEight.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("eight ASCII digits expected");
        }
        OptionalInt check = Mod11.checkDigit(firstEight, Mod11.ORG_NUMBER);
        return check.isEmpty() ? Optional.empty() : Optional.of(new OrgNumber(firstEight + check.getAsInt()));
    }

    /** The nine digits: organisation numbers are public, so the plain value is the useful form. */
    @Override
    public String toString() {
        return value;
    }
}
