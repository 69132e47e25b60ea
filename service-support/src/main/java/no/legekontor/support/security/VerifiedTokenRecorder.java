package no.legekontor.support.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps each identity quarkus-oidc has just built from a bearer token in {@link VerifiedTokens}:
 * augmentors run only after a provider accepted the token, so nothing refused is kept. An identity
 * that came from the cache ({@link CachedTokenIdentities}) is not kept again.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(CachedTokenIdentities.FROM_CACHE) == null) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && "bearer".equalsIgnoreCase(credential.getType())) {
                verifiedTokens.remember(credential.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}
