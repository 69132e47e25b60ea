package no.legekontor.support.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that creates (answers 201) and takes an {@code Idempotency-Key} header: the same key
 * and request again within the retention answer what the first answered, and write nothing
 * (see {@link IdempotencyInterceptor}). The contract declares the header on every operation that
 * can answer 201 ({@link IdempotencyContract}); each service's layering test holds that exactly
 * those carry this annotation.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
