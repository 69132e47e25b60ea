package no.legekontor.support.problem;

/**
 * Input that bean validation cannot see (a header, a query parameter, a body field that JSON
 * mapping refused) is invalid: answered as 400 {@code validation-failed} with one field error. The
 * reason selects the text {@code field.<reason>.detail} in the {@code problems} bundles, whose
 * placeholders the arguments fill; the rejected value is never echoed (it may be health data).
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;
    private final transient Object[] args;

    public InvalidInput(String field, String reason, Object... args) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** Values for the placeholders of the reason's text, e.g. the allowed values of an enum. */
    public Object[] args() {
        return args.clone();
    }
}
