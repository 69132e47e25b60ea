package no.legekontor.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error shape of both services (RFC 9457, {@code application/problem+json}).
 *
 * @param type     stable URI ending in the problem code, e.g. {@code .../problems/fee-not-accepted}
 * @param title    short, in the caller's language
 * @param status   the HTTP status
 * @param detail   what happened and what to do, in the caller's language
 * @param instance the request path
 * @param errors   per-field errors of a {@code validation-failed} problem
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** Media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every problem type URI; the code follows. */
    public static final String TYPE_BASE = "https://api.legekontor.no/problems/";

    /**
     * One invalid field.
     *
     * @param field   the field's path in the request, e.g. {@code subject}
     * @param message what is wrong, in the caller's language
     */
    public record FieldError(String field, String message) {
    }
}
