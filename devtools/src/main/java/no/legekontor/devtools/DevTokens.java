package no.legekontor.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints RS256 tokens for each actor of the portal (docs/rules.md: tokens), signed with the development key
 * that only the services' {@code dev} and {@code test} profiles accept.
 *
 * <p>Why: the services' integration tests and a developer with curl need the same tokens that
 * ID-porten and HelseID would issue, without those services. Patient tokens carry ID-porten's
 * claims ({@code pid}, {@code acr}); staff and clinic-system tokens carry HelseID's
 * ({@code helseid://claims/hpr/hpr_number}, {@code groups}, {@code clinic_id}, {@code scope}).
 * Each names the service it is for in {@code aud}, as the issuers do: patient and clinic-system
 * tokens portal-api ({@value #PORTAL_API_AUDIENCE}), staff tokens inbox-service
 * ({@value #INBOX_AUDIENCE}); the dev and test profiles expect these audiences.
 * Every token is valid for one hour; the {@code expired…} ones expired an hour ago.
 *
 * <p>From a shell: {@code ./portal token patient 14838510036}.
 */
public final class DevTokens {

    /** Issuer of patient and guardian tokens (ID-porten style). */
    public static final String PATIENT_ISSUER = "https://idporten.dev.local";
    /** Issuer of staff and clinic-system tokens (HelseID style). */
    public static final String HELSEID_ISSUER = "https://helseid.dev.local";
    /** The audience of tokens for portal-api (patients, guardians, clinic systems) in dev and test. */
    public static final String PORTAL_API_AUDIENCE = "portal-api";
    /** The audience of tokens for inbox-service (GPs, office staff) in dev and test. */
    public static final String INBOX_AUDIENCE = "inbox-service";
    /** The assurance level that BankID on level 4 gives (rule R1). */
    public static final String ACR_HIGH = "idporten-loa-high";
    /** The claim that carries a health worker's HPR number. */
    public static final String HPR_CLAIM = "helseid://claims/hpr/hpr_number";
    /** The scope a clinic system (EPJ) needs for the integration API. */
    public static final String INTEGRATION_SCOPE = "portal:integration";
    /** Classpath location of the development private key. */
    public static final String PRIVATE_KEY_RESOURCE = "devkeys/private-key.pem";

    private static final Duration LIFESPAN = Duration.ofHours(1);
    private static volatile PrivateKey privateKey;

    private DevTokens() {
    }

    /** A patient logged in with BankID on level 4. */
    public static String patient(String nationalId) {
        return patient(nationalId, ACR_HIGH);
    }

    /** A patient with the given assurance level; {@code acr} null gives a token without the claim. */
    public static String patient(String nationalId, String acr) {
        return sign(patientClaims(nationalId, acr));
    }

    /** A patient's BankID level-4 token that expired an hour ago (signed with the dev key, otherwise valid). */
    public static String expiredPatient(String nationalId) {
        return signExpired(patientClaims(nationalId, ACR_HIGH));
    }

    /** A staff member's token that expired an hour ago (see {@link #staff}). */
    public static String expiredStaff(String hpr, String role, String clinicOrgNumber, String name) {
        return signExpired(staffClaims(hpr, role, clinicOrgNumber, name));
    }

    /**
     * The claims of a patient's ID-porten token for portal-api, without a lifetime: to change one
     * (another audience, issuer, lifetime) before {@link #sign signing}. {@code acr} null leaves it out.
     */
    public static JwtClaimsBuilder patientClaims(String nationalId, String acr) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(PATIENT_ISSUER)
                .audience(PORTAL_API_AUDIENCE)
                .subject(pseudonym(nationalId))
                .claim("pid", nationalId);
        if (acr != null) {
            claims.claim("acr", acr);
        }
        return claims;
    }

    /**
     * A GP ({@code role} "gp") or office staff member ({@code role} "office") of a clinic;
     * {@code name} null gives a token without the claim.
     */
    public static String staff(String hpr, String role, String clinicOrgNumber, String name) {
        return sign(staffClaims(hpr, role, clinicOrgNumber, name));
    }

    /** The claims of a staff member's HelseID token for inbox-service (see {@link #patientClaims}). */
    public static JwtClaimsBuilder staffClaims(String hpr, String role, String clinicOrgNumber, String name) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(HELSEID_ISSUER)
                .audience(INBOX_AUDIENCE)
                .subject("hpr-" + hpr)
                .claim(HPR_CLAIM, hpr)
                .groups(Set.of(role))
                .claim("clinic_id", clinicOrgNumber);
        if (name != null) {
            claims.claim("name", name);
        }
        return claims;
    }

    /** A clinic system (EPJ) of a clinic, with the integration scope. */
    public static String integration(String clinicOrgNumber) {
        return sign(integrationClaims(clinicOrgNumber));
    }

    /**
     * The claims of a clinic system's HelseID client-credentials token for portal-api (see
     * {@link #patientClaims}): the scope and the clinic, no roles.
     */
    public static JwtClaimsBuilder integrationClaims(String clinicOrgNumber) {
        return Jwt.claims()
                .issuer(HELSEID_ISSUER)
                .audience(PORTAL_API_AUDIENCE)
                .subject("epj-" + clinicOrgNumber)
                .claim("scope", INTEGRATION_SCOPE)
                .claim("clinic_id", clinicOrgNumber);
    }

    /** ID-porten's {@code sub} is a pseudonym, stable per person: never the national id itself. */
    static String pseudonym(String nationalId) {
        return UUID.nameUUIDFromBytes(("idporten:" + nationalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The claims signed with the dev key, valid for one hour from now. */
    public static String sign(JwtClaimsBuilder claims) {
        return signed(claims.expiresIn(LIFESPAN));
    }

    /** The claims signed with the dev key, expired an hour ago. */
    public static String signExpired(JwtClaimsBuilder claims) {
        Instant now = Instant.now();
        return signed(claims.issuedAt(now.minus(LIFESPAN).minus(LIFESPAN)).expiresAt(now.minus(LIFESPAN)));
    }

    private static String signed(JwtClaimsBuilder claims) {
        return signedAsIs(claims, SignatureAlgorithm.RS256);
    }

    /** The claims as they are (no lifespan added), signed with the dev key by {@code algorithm}. */
    public static String signedAsIs(JwtClaimsBuilder claims, SignatureAlgorithm algorithm) {
        return claims.jws()
                .algorithm(algorithm)
                .sign(privateKey());
    }

    private static PrivateKey privateKey() {
        PrivateKey key = privateKey;
        if (key == null) {
            key = readPrivateKey();
            privateKey = key;
        }
        return key;
    }

    private static PrivateKey readPrivateKey() {
        ClassLoader loader = DevTokens.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The dev private key " + PRIVATE_KEY_RESOURCE + " is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The dev private key is not a PKCS#8 RSA key", e);
        }
    }

    /**
     * Prints one token on stdout:
     * {@code patient <national-id> [--acr <acr>] [--expired yes]},
     * {@code staff --hpr <n> --role gp|office --clinic <org> [--name <name>] [--expired yes]},
     * {@code integration --clinic <org>}.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            out.println(mint(args));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    static final String USAGE = String.join("\n",
            "usage: token patient <national-id> [--acr <acr>] [--expired yes]",
            "       token staff --hpr <n> --role gp|office --clinic <org> [--name <name>] [--expired yes]",
            "       token integration --clinic <org>");

    private static String mint(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("say which kind of token");
        }
        Options options = Options.parse(args);
        return switch (args[0]) {
            case "patient" -> {
                if (options.positional == null) {
                    throw new IllegalArgumentException("patient needs a national id");
                }
                options.only("--acr", "--expired");
                yield options.expired()
                        ? signExpired(patientClaims(options.positional, options.get("--acr", ACR_HIGH)))
                        : patient(options.positional, options.get("--acr", ACR_HIGH));
            }
            case "staff" -> {
                options.only("--hpr", "--role", "--clinic", "--name", "--expired");
                options.noPositional();
                String role = options.required("--role");
                if (!role.equals("gp") && !role.equals("office")) {
                    throw new IllegalArgumentException("--role is gp or office, not " + role);
                }
                String hpr = options.required("--hpr");
                JwtClaimsBuilder claims = staffClaims(hpr, role, options.required("--clinic"),
                        options.get("--name", "Dev " + role + " " + hpr));
                yield options.expired() ? signExpired(claims) : sign(claims);
            }
            case "integration" -> {
                options.only("--clinic");
                options.noPositional();
                yield integration(options.required("--clinic"));
            }
            default -> throw new IllegalArgumentException("unknown kind of token: " + args[0]);
        };
    }

    /** Command-line options after the kind: at most one positional value and {@code --name value} pairs. */
    private static final class Options {
        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        private String positional;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.values.put(args[i], args[++i]);
                } else if (options.positional == null) {
                    options.positional = args[i];
                } else {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
            }
            return options;
        }

        void only(String... allowed) {
            for (String name : values.keySet()) {
                if (!Set.of(allowed).contains(name)) {
                    throw new IllegalArgumentException("unknown option " + name);
                }
            }
        }

        void noPositional() {
            if (positional != null) {
                throw new IllegalArgumentException("unexpected argument " + positional);
            }
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            return value;
        }

        /** {@code --expired yes}: a token that expired an hour ago, to see the 401 token-expired. */
        boolean expired() {
            String value = values.getOrDefault("--expired", "no");
            if (!value.equals("yes") && !value.equals("no")) {
                throw new IllegalArgumentException("--expired is yes or no, not " + value);
            }
            return value.equals("yes");
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }
    }
}
