package no.legekontor.support.security;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Names the tenant of a bearer token verified before ({@link VerifiedTokens}) without reading the
 * token: quarkus-oidc asks a custom resolver before its own issuer-based one, which decodes the
 * token's claims to find {@code iss} on every request (issue 21: 2.3 % of portal-api's CPU under
 * the bench, with the identity itself taken from the cache). What it found, an identity or none,
 * is left on the request for {@link CachedTokenIdentities}, so the token is hashed and looked up once. Any other
 * token (unknown, expired, not a bearer token) gets null: quarkus-oidc then resolves its tenant by
 * issuer as before, so what is accepted does not change.
 */
@ApplicationScoped
public class CachedTokenTenants implements TenantResolver {

    /** The request attribute holding the token and the identity found for it. */
    static final String FOUND = "no.legekontor.verified-token";

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokens verifiedTokens;

    /** A token and the identity quarkus-oidc built from it earlier (null: none that may still be taken). */
    record Found(String token, SecurityIdentity identity) {
    }

    @Override
    public String resolve(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        SecurityIdentity identity = verifiedTokens.find(token);
        context.put(FOUND, new Found(token, identity));
        return identity == null ? null : identity.getAttribute(VerifiedTokens.TENANT_ID);
    }

    /** What this resolver found for {@code token} on this request (an identity or none), or null if it did not look. */
    static Found lookedUp(RoutingContext context, String token) {
        Found found = context == null ? null : context.get(FOUND);
        return found != null && found.token().equals(token) ? found : null;
    }
}
