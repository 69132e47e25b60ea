package no.legekontor.shared.identity;

/**
 * Thrown when a string is not a valid KID payment reference (see {@link Kid}).
 *
 * <p>Its own type, like {@link InvalidOrgNumberException}, so that a caller can answer a precise
 * error. The message never shows the input: an 11-digit national id has a KID's shape.
 */
public final class InvalidKidException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidKidException(String message) {
        super(message);
    }
}
