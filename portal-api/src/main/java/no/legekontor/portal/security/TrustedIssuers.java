package no.legekontor.portal.security;

import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The token issuers portal-api trusts, each a {@code quarkus-oidc} tenant of the same name with its
 * issuer id, JWKS address and audience (application.properties, "Tokens"). A token is verified by
 * the tenant its {@code iss} names, so the tenant that let it in says what kind of caller it is.
 */
final class TrustedIssuers {

    /** ID-porten: patients and guardians, on the patient API. */
    static final String IDPORTEN = "idporten";
    /** HelseID: clinic systems (client credentials), on the integration API. */
    static final String HELSEID = "helseid";

    private TrustedIssuers() {
    }

    /** Whether the token of this (authenticated) caller was verified by the tenant of that issuer. */
    static boolean verifiedBy(SecurityIdentity identity, String tenant) {
        return tenant.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE));
    }
}
