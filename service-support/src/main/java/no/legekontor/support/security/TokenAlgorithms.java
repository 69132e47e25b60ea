package no.legekontor.support.security;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;
import org.jose4j.jwx.JsonWebStructure;

/**
 * Tokens are taken only when signed by RS256 or PS256, whatever else the issuer's keys would
 * verify (issue 19): quarkus-oidc runs this jose4j validator for every tenant, and a token signed
 * otherwise is 401 {@code token-invalid}.
 */
@ApplicationScoped
@Unremovable
public class TokenAlgorithms implements Validator {

    /** The signature algorithms ID-porten and HelseID sign with. */
    public static final Set<String> ALLOWED = Set.of("RS256", "PS256");

    @Override
    public String validate(JwtContext context) {
        for (JsonWebStructure structure : context.getJoseObjects()) {
            if (!ALLOWED.contains(structure.getAlgorithmHeaderValue())) {
                return "signed by an algorithm that is not taken";
            }
        }
        return null;
    }
}
