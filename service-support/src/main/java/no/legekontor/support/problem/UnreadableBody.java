package no.legekontor.support.problem;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What JSON mapping says about a body it could not read, as one field error: the field's path in
 * the body and the type the field needs. Jackson's own message quotes the value, which may be
 * health data, so only its path and the target type are used.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /**
     * The field error for a value of the wrong type or format, or null when Jackson names no field
     * (the body as a whole is not a JSON object of the right shape: {@code malformed-request}).
     */
    static InvalidInput fieldError(JsonMappingException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return null;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException) {
                return new InvalidInput(field, "number-out-of-range");
            }
            if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return forType(field, mismatch.getTargetType());
            }
        }
        return new InvalidInput(field, "unreadable");
    }

    private static InvalidInput forType(String field, Class<?> type) {
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new InvalidInput(field, "one-of", allowed);
        }
        return new InvalidInput(field, reason(type));
    }

    private static String reason(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "number";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "instant-with-offset";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "object";
        }
        return "unreadable";
    }

    /** {@code medications[0].name}: field names and list indexes as the body has them. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
