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

    /** The 403 problem codes of an {@link Kind#ACCOUNT} endpoint, for its {@code @APIResponse}. */
    String FORBIDDEN_ACCOUNT = "`forbidden`: not a person's ID-porten token; "
            + "`insufficient-assurance-level`: not BankID on level 4; "
            + "`not-registered`: not on the list of one of our GPs";

    /** The 403 problem codes of a {@link Kind#READ} endpoint: the account ones, then R3 and R11. */
    String FORBIDDEN_READ = FORBIDDEN_ACCOUNT + "; "
            + "`profile-confirmation-required`: contact details not confirmed within 18 months (PUT /me/profile); "
            + "`not-representing`: On-Behalf-Of names no child of the caller's; "
            + "`proxy-access-ended`: the child in On-Behalf-Of is 16 or older";

    /** The 403 problem codes of a {@link Kind#SEND} endpoint: the read ones, then R2. */
    String FORBIDDEN_SEND = FORBIDDEN_READ + "; "
            + "`full-access-required`: BASIS access cannot send to the clinic (PUT /me/access-level)";

    /** The 400 problem code of every endpoint that reads On-Behalf-Of ({@link Kind#READ}, {@link Kind#SEND}). */
    String INVALID_ON_BEHALF_OF = "`validation-failed`: On-Behalf-Of is not a national id";

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
