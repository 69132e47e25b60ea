package no.legekontor.inbox.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a staff endpoint: {@link StaffAccessInterceptor} admits only HelseID tokens of a GP or
 * office staff member that name their clinic, and makes them available as {@link StaffCaller}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffAccess {
}
