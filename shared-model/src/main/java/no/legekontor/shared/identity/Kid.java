package no.legekontor.shared.identity;

/**
 * A KID (kundeidentifikasjon): the payment reference a Norwegian bank payment carries, whose last
 * digit is a MOD10 (Luhn) check digit over the digits before it, so that the bank refuses a
 * mistyped one instead of booking the payment on nobody.
 *
 * <p>Holding a {@code Kid} means the value passed the check. KIDs are not personal data: they may
 * be logged and shown.
 *
 * @param value 2 to 25 digits, the last one the check digit
 */
public record Kid(String value) {

    /** The shortest KID the banks accept, check digit included. */
    public static final int MIN_LENGTH = 2;
    /** The longest KID the banks accept, check digit included. */
    public static final int MAX_LENGTH = 25;

    /**
     * Rejects anything that {@link #parse(String)} would reject.
     *
     * @throws InvalidKidException if the value is not a valid KID
     */
    public Kid {
        check(value);
    }

    /**
     * The KID for a reference number: the digits followed by their MOD10 check digit.
     *
     * @param digits 1 to 24 digits, e.g. an invoice number padded with zeros to a fixed length
     * @throws InvalidKidException if {@code digits} is not 1 to 24 digits
     */
    public static Kid withCheckDigit(String digits) {
        if (digits == null || digits.length() < MIN_LENGTH - 1 || digits.length() > MAX_LENGTH - 1) {
            throw new InvalidKidException("A KID is made of 1 to " + (MAX_LENGTH - 1) + " digits and a check digit");
        }
        requireDigits(digits);
        return new Kid(digits + mod10(digits));
    }

    /**
     * Turns untrusted input (a payment the bank reports) into a checked KID.
     *
     * @throws InvalidKidException saying which rule the input broke
     */
    public static Kid parse(String value) {
        return new Kid(value);
    }

    /** For validation that only needs a yes or no, without an exception. */
    public static boolean isValid(String value) {
        try {
            check(value);
            return true;
        } catch (InvalidKidException invalid) {
            return false;
        }
    }

    /**
     * The MOD10 (Luhn) check digit of {@code digits}: from the rightmost digit leftwards, every
     * other digit doubled (starting with the rightmost), a two-digit product counted as the sum of
     * its digits; the check digit brings the total up to a multiple of ten.
     */
    static int mod10(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    private static void check(String value) {
        if (value == null) {
            throw new InvalidKidException("No KID given");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidKidException("A KID has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        requireDigits(value);
        int last = value.length() - 1;
        if (value.charAt(last) - '0' != mod10(value.substring(0, last))) {
            // No echo of the input: an 11-digit national id has the shape of a KID.
            throw new InvalidKidException("The check digit of the KID does not match");
        }
    }

    private static void requireDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidKidException("A KID contains only the digits 0-9");
            }
        }
    }

    /** The digits: a KID is a payment reference, not personal data. */
    @Override
    public String toString() {
        return value;
    }
}
