package no.legekontor.support.problem;

/**
 * Input that bean validation cannot see (a header, a query parameter parsed by hand) is invalid:
 * answered as 400 {@code validation-failed} with one field error. The reason selects the text
 * {@code field.<reason>.detail} in the {@code problems} bundle; the rejected value is never echoed.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
