package no.legekontor.support.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service that trusts the development key (whose private half is in this repository) and listens
 * on an address other computers reach refuses to start (issue 19): anyone could mint tokens for it.
 * The dev and test profiles trust the key and listen on loopback; production trusts the issuers'
 * JWKS. The key is recognised by its value, wherever the configuration puts it.
 */
@ApplicationScoped
public class DevKeyGuard {

    /** The public half of devtools' dev key (devkeys/public-key.pem), as the services configure it. */
    public static final String DEV_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn7SG62PnBbj68NUM3sfxieFgHey7vYqZ"
            + "ogfdn9U1OOri/ZHH8Cp9dCCVWYjDy0yWcEIJ9TI5eTJGxOQTqMDR8sDSPbeAcx07HrIubYRm23aTu+PSt3pgeIYUURuctcfrjQLl+Ki52"
            + "gT08RLjdIk5MsnvH4lBowfP1SqETE6n4W1vheZKSlxFdmBYJBh0AH/tH3FHR2g89mHumIW8o2FOUVvZvTjKsUzNBWORieMg7riAEcBGf"
            + "ouOh/mqeAMEvoSR+PxVPYihargFw9xcVuWF15OgSxlW+YxF4YyUSqeme9dYsUd6qCg3Tn7+HrHdMqRvPkS4DEWFI7L4l7vQ3m1JLwIDAQ"
            + "AB";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    void check(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0");
        List<String> keys = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("quarkus.oidc.") && name.endsWith("public-key")) {
                config.getOptionalValue(name, String.class).ifPresent(keys::add);
            }
        }
        for (String tenant : List.of("quarkus.oidc.public-key", "quarkus.oidc.idporten.public-key",
                "quarkus.oidc.helseid.public-key")) {
            config.getOptionalValue(tenant, String.class).ifPresent(keys::add);
        }
        String refusal = refusal(host, keys);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }

    /** Why a service with these settings must not start, or null when it may. */
    public static String refusal(String host, List<String> trustedKeys) {
        boolean devKey = trustedKeys.stream().anyMatch(key -> key != null && key.replaceAll("\\s", "")
                .contains(DEV_PUBLIC_KEY));
        if (devKey && !loopback(host)) {
            return "Refusing to start: the service trusts the development token key, whose private half is public, "
                    + "and listens on " + host + ", which other computers reach. Listen on 127.0.0.1 "
                    + "(quarkus.http.host), or verify tokens against the issuers' JWKS (the prod profile).";
        }
        return null;
    }

    static boolean loopback(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
        return LOOPBACK.contains(h) || h.startsWith("127.");
    }
}
