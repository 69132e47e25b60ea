package no.legekontor.portal.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads or changes patients' data: {@link AuditedInterceptor} records each
 * successful call in the access log, in the call's transaction: who (the person, or the clinic
 * system), for whom, what and when. A patient endpoint ({@code @PatientAccess}) is logged for the
 * person it is about; a clinic system's ({@code @IntegrationAccess}) for each patient whose rows
 * it read or wrote. A new endpoint adds this one annotation.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

    /** What the endpoint reads or changes. */
    @Nonbinding
    AuditedResource value();

    /**
     * The action after the resource's name ({@code stored} gives {@code prescription.stored}). By
     * default a read: {@code read} for one thing, {@code listed} for a page of a list.
     */
    @Nonbinding
    String action() default "";
}
