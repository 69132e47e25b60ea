package no.legekontor.support.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.temporal.TemporalAccessor;

/**
 * A date or time of a request body lies in the years {@link PlausibleDates} takes (1900-2199); null
 * is valid (pair with {@code @NotNull}). Say so in the field's {@code @Schema} description too: the
 * OpenAPI document cannot express it otherwise.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "{no.legekontor.plausible-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks LocalDate, OffsetDateTime, ZonedDateTime and Instant. */
    class Validator implements ConstraintValidator<PlausibleDate, TemporalAccessor> {
        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            return value == null || PlausibleDates.plausible(value);
        }
    }
}
