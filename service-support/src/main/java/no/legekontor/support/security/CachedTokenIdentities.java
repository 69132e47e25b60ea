package no.legekontor.support.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a bearer token that quarkus-oidc verified before, and that may still be taken, with the
 * identity it built then ({@link VerifiedTokens}); any other token goes on to quarkus-oidc (this
 * provider answers null, and the next one by priority is asked). The identity is bound to this
 * request: quarkus-oidc's identities carry the request's routing context and its blocking-API
 * context, which are replaced with the current ones. When {@link CachedTokenTenants} looked the
 * token up already while naming the tenant, its answer is taken without a second lookup.
 */
@ApplicationScoped
@Unremovable
public class CachedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity taken from the cache, so that it is not cached again. */
    static final String FROM_CACHE = "no.legekontor.token-identity-from-cache";

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before quarkus-oidc's provider, which has the default priority (SYSTEM_FIRST + 1). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        CachedTokenTenants.Found lookedUp = CachedTokenTenants.lookedUp(routingContext, token);
        SecurityIdentity verified = lookedUp != null ? lookedUp.identity() : verifiedTokens.find(token);
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified).addAttribute(FROM_CACHE, true);
        if (routingContext != null) {
            identity.addAttribute(RoutingContext.class.getName(), routingContext);
            identity.addAttribute(AuthenticationRequestContext.class.getName(),
                    routingContext.get(AuthenticationRequestContext.class.getName()));
        }
        return Uni.createFrom().item(identity.build());
    }
}
