package no.legekontor.inbox.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import no.legekontor.inbox.practitioner.Practitioners;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.shared.identity.OrgNumber;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.NoAccess;
import no.legekontor.support.problem.WrongTokenKind;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place where staff access is decided, before bean validation and the endpoint. quarkus-oidc
 * has checked signature, expiry, the HelseID issuer and inbox-service's audience; here:
 * an HPR number and the role ({@code gp} or {@code office} in {@code groups}), else 403
 * {@code wrong-token-kind} naming the login needed; a valid clinic organisation number, else
 * 403 {@code forbidden}; and the HPR number a practitioner of that clinic in that role, as the
 * clinic system registered them at the portal ({@link Practitioners}), else 403
 * {@code not-a-practitioner}: HelseID vouches for the person, not for where they work.
 */
@StaffAccess
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class StaffAccessInterceptor {

    static final String HPR_CLAIM = "helseid://claims/hpr/hpr_number";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    StaffCaller caller;

    @Inject
    Practitioners practitioners;

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String hpr = token.getClaim(HPR_CLAIM);
        String clinic = token.getClaim("clinic_id");
        String role = identity.hasRole(StaffRole.GP) ? StaffRole.GP
                : identity.hasRole(StaffRole.OFFICE) ? StaffRole.OFFICE : null;
        if (hpr == null || hpr.isBlank() || role == null) {
            throw new WrongTokenKind(Login.HELSEID_STAFF);
        }
        if (clinic == null || !OrgNumber.isValid(clinic)) {
            throw new NoAccess();
        }
        if (!practitioners.isPractitioner(hpr, clinic, role)) {
            throw new NotAPractitioner();
        }
        String name = token.getClaim("name");
        caller.admit(new StaffCaller.Staff(hpr, name == null || name.isBlank() ? "HPR " + hpr : name, role, clinic));
        return invocation.proceed();
    }
}
