package no.legekontor.support.problem;

/**
 * A broken product rule, answered as problem+json. Each rule is its own subclass (for example
 * {@code FeeNotAccepted}) carrying the values its message needs; the texts live in the service's
 * {@code problems} resource bundle under {@code <code>.title} and {@code <code>.detail}, in
 * Norwegian bokmål by default and English on request.
 */
public abstract class DomainProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;

    protected DomainProblem(int status, String code, Object... args) {
        // The message is the code only: arguments may hold personal data and messages reach logs.
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    /** HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The stable code that ends the problem type URI, e.g. {@code fee-not-accepted}. */
    public String code() {
        return code;
    }

    /** Headers the answer carries besides the problem, e.g. {@code Retry-After}; none by default. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /** Values for the {@link java.text.MessageFormat} placeholders of the detail text. */
    public Object[] args() {
        return args.clone();
    }
}
