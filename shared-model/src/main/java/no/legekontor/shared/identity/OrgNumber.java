package no.legekontor.shared.identity;

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
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

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
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidOrgNumberException(
                        "An organisation number contains only the digits 0-9: '" + value + "'");
            }
            if (i < WEIGHTS.length) {
                sum += (c - '0') * WEIGHTS[i];
            }
        }
        int remainder = sum % 11;
        // Remainder 1 would need the check digit 10: no such organisation number is issued.
        int expected = remainder == 0 ? 0 : 11 - remainder;
        if (remainder == 1 || value.charAt(8) - '0' != expected) {
            throw new InvalidOrgNumberException(
                    "The check digit of organisation number '" + value + "' does not match");
        }
    }

    /** The nine digits: organisation numbers are public, so the plain value is the useful form. */
    @Override
    public String toString() {
        return value;
    }
}
