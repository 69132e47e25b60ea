package no.legekontor.portal.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint for clinic systems (EPJ): {@link IntegrationAccessInterceptor} admits HelseID
 * client-credential tokens with scope {@code portal:integration} for a clinic of ours, and scopes
 * the call to that clinic ({@link IntegrationCaller}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IntegrationAccess {
}
