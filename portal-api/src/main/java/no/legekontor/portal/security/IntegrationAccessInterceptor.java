package no.legekontor.portal.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import no.legekontor.portal.account.Clinic;
import no.legekontor.shared.identity.OrgNumber;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.NoAccess;
import no.legekontor.support.problem.WrongTokenKind;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Admits clinic systems: a HelseID token (verified by quarkus-oidc's HelseID tenant) with the scope
 * {@code portal:integration} (else 403 {@code wrong-token-kind}, naming the login needed), and a
 * {@code clinic_id} that is a valid organisation number of a clinic using the service (else 403
 * {@code forbidden}). The scope is the rule (docs/rules.md: tokens): client-credential tokens carry no roles.
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
    IntegrationCaller caller;

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!TrustedIssuers.verifiedBy(identity, TrustedIssuers.HELSEID) || !scopes(token).contains(SCOPE)) {
            throw new WrongTokenKind(Login.HELSEID_SYSTEM);
        }
        String clinic = token.getClaim("clinic_id");
        if (clinic == null || !OrgNumber.isValid(clinic) || Clinic.findById(clinic) == null) {
            throw new NoAccess();
        }
        caller.admit(clinic);
        return invocation.proceed();
    }

    /** The token's scopes: a space-separated string (RFC 9068), or an array as HelseID issues them. */
    static List<String> scopes(JsonWebToken token) {
        Object scope = token.getClaim("scope");
        if (scope instanceof JsonString text) {
            scope = text.getString();
        }
        if (scope instanceof String text) {
            return List.of(text.strip().split("\\s+"));
        }
        if (scope instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(s -> ((JsonString) s).getString()).toList();
        }
        if (scope instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
