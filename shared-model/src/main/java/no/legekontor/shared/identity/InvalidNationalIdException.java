package no.legekontor.shared.identity;

/**
 * Thrown when a string is not a usable Norwegian national id.
 *
 * <p>The rejected input is deliberately not kept, neither in the message nor in a field: a national
 * id is personal health-related data, and exception messages end up in logs and problem responses.
 * Callers that need to react differently to different mistakes use {@link #reason()}.
 */
public final class InvalidNationalIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why an input was rejected; stable enough to map to field errors or metrics. */
    public enum Reason {
        /** No value at all: a missing header or claim should not look like a typo. */
        MISSING("no national id given"),
        /** Not exactly 11 characters. */
        WRONG_LENGTH("a national id has exactly 11 digits"),
        /** Something other than the ASCII digits 0-9. */
        NOT_DIGITS("a national id contains only the digits 0-9"),
        /** The first check digit (digit 10) does not match, or no first check digit can exist. */
        FIRST_CHECK_DIGIT("the first check digit does not match"),
        /** The second check digit (digit 11) does not match, or no second check digit can exist. */
        SECOND_CHECK_DIGIT("the second check digit does not match"),
        /** The individual number (digits 7-9) is not issued for the two-digit birth year. */
        UNKNOWN_CENTURY("the individual number is not issued for that birth year"),
        /** Digits 1-6 do not form a real date, also after removing a D-number or test offset. */
        INVALID_DATE("the birth date is not a real date");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    InvalidNationalIdException(Reason reason) {
        super("Invalid national id: " + reason.message);
        this.reason = reason;
    }

    /** The rule the input broke, so callers can tell a typo from a missing value without the input. */
    public Reason reason() {
        return reason;
    }
}
