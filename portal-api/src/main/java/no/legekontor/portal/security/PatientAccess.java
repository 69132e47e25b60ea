package no.legekontor.portal.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a patient endpoint. {@link PatientAccessInterceptor} enforces the access rules before the
 * endpoint runs, so no resource checks them itself: BankID on level 4 (R1) for every patient
 * endpoint, today's and tomorrow's.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PatientAccess {

    /** What the endpoint does; decides which rules apply. */
    @Nonbinding
    Kind value() default Kind.READ;

    /** The kinds of patient endpoint. */
    enum Kind {
        /** Reads the patient's data. */
        READ,
        /** Sends something to the clinic. */
        SEND,
        /** Looks at or fixes the account itself (me, profile, access level, reply deadline). */
        ACCOUNT
    }
}
