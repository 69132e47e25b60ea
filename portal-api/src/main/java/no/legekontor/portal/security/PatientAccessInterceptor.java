package no.legekontor.portal.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Set;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.shared.identity.NationalId;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place where patient access rules are enforced, before bean validation and the endpoint.
 * The token's signature and expiry are checked by SmallRye JWT; here: the issuer is ID-porten, the
 * national id is well-formed, and the login is BankID on level 4 (R1).
 */
@PatientAccess
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class PatientAccessInterceptor {

    /** ID-porten's "high" level, and the older name for it. */
    static final Set<String> LEVEL_4 = Set.of("idporten-loa-high", "Level4");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    PortalConfig config;

    @Inject
    PatientCaller caller;

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!config.security().patientIssuers().contains(token.getIssuer())) {
            throw new ForbiddenException();
        }
        String pid = token.getClaim("pid");
        if (pid == null || !NationalId.isValid(pid)) {
            throw new ForbiddenException();
        }
        String acr = token.getClaim("acr");
        if (acr == null || !LEVEL_4.contains(acr)) {
            throw new InsufficientAssuranceLevel();
        }
        NationalId self = NationalId.parse(pid);
        caller.admit(self, self);
        return invocation.proceed();
    }
}
