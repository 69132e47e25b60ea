package no.legekontor.shared.identity;

/**
 * Thrown when a string is not a valid Norwegian organisation number.
 *
 * <p>A separate type from {@link IllegalArgumentException} so that a resource can map a bad
 * {@code clinic_id} claim or request field to a precise error. The message shows the input only
 * when it has nine characters: a national id typed into the wrong field must not be echoed.
 */
public final class InvalidOrgNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidOrgNumberException(String message) {
        super(message);
    }
}
