package no.legekontor.portal.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.shared.identity.OrgNumber;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.NoAccess;
import no.legekontor.support.problem.WrongTokenKind;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Admits clinic systems: a HelseID issuer and scope {@code portal:integration} (else 403
 * {@code wrong-token-kind}, naming the login needed), and a {@code clinic_id} that is a valid
 * organisation number of a clinic using the service (else 403 {@code forbidden}).
 */
@IntegrationAccess
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IntegrationAccessInterceptor {

    static final String SCOPE = "portal:integration";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    PortalConfig config;

    @Inject
    IntegrationCaller caller;

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String scope = token.getClaim("scope");
        if (!config.security().integrationIssuers().contains(token.getIssuer())
                || scope == null || !Arrays.asList(scope.split(" ")).contains(SCOPE)) {
            throw new WrongTokenKind(Login.HELSEID_SYSTEM);
        }
        String clinic = token.getClaim("clinic_id");
        if (clinic == null || !OrgNumber.isValid(clinic) || Clinic.findById(clinic) == null) {
            throw new NoAccess();
        }
        caller.admit(clinic);
        return invocation.proceed();
    }
}
