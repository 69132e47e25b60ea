package no.legekontor.devtools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ID-porten and HelseID as production has them, on this machine: each issuer with its own key pair,
 * its JWKS document served over HTTP (a JDK HTTP server on a free loopback port). The service under
 * test is configured the production way: for each trusted issuer (a {@code quarkus-oidc} tenant) its
 * issuer id and JWKS address, not the dev key. Tests sign tokens with {@link #key(String)}.
 *
 * <p>Declare it on a test profile ({@code QuarkusTestProfile.testResources()}), with the init
 * argument {@value #TENANTS_ARG} naming the tenants the service has, e.g. {@code idporten,helseid}.
 */
public class TrustedIssuersResource implements QuarkusTestResourceLifecycleManager {

    /** The tenant of ID-porten (patients and guardians). */
    public static final String IDPORTEN = "idporten";
    /** The tenant of HelseID (staff, clinic systems). */
    public static final String HELSEID = "helseid";
    /** Init argument: the service's tenants, comma-separated. */
    public static final String TENANTS_ARG = "tenants";

    /** Quarkus loads this class once per test profile (a class loader each): the keys are JVM-wide. */
    private static final String KEY_PROPERTY = "no.legekontor.devtools.issuers.key.";

    private List<String> tenants = List.of(IDPORTEN, HELSEID);
    private HttpServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.get(TENANTS_ARG);
        if (names != null) {
            tenants = Arrays.stream(names.split(",")).map(String::strip).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
        Map<String, String> config = new LinkedHashMap<>();
        for (String tenant : tenants) {
            byte[] jwks = key(tenant).jwks().getBytes(StandardCharsets.UTF_8);
            server.createContext(jwksPath(tenant), exchange -> answer(exchange, jwks));
            String prefix = "quarkus.oidc." + tenant + ".";
            config.put(prefix + "auth-server-url", base + "/" + tenant);
            config.put(prefix + "jwks-path", base + jwksPath(tenant));
            config.put(prefix + "token.issuer", issuer(tenant));
        }
        server.start();
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The issuer id of a tenant's tokens. */
    public static String issuer(String tenant) {
        return "https://" + tenant + ".test.local";
    }

    /** The tenant's signing key: the same in every class loader of this JVM, new in every JVM. */
    public static synchronized SigningKey key(String tenant) {
        String encoded = System.getProperty(KEY_PROPERTY + tenant);
        if (encoded == null) {
            encoded = SigningKey.generate(tenant + "-" + UUID.randomUUID()).encoded();
            System.setProperty(KEY_PROPERTY + tenant, encoded);
        }
        return SigningKey.decode(encoded);
    }

    private static String jwksPath(String tenant) {
        return "/" + tenant + "/jwks.json";
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
