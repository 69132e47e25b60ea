package no.legekontor.support.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Says in both OpenAPI documents what a client must send: one security scheme per token kind, with
 * the claims the service checks, on the operations that take that kind, and the {@code On-Behalf-Of}
 * header on every patient operation a guardian can make for a child. Decided by path, so a new
 * endpoint is described without writing anything: {@code /api/v1/integration/**} takes a clinic
 * system's token, {@code /api/v1/inbox/**} a staff member's, any other {@code /api/v1/**} a
 * patient's. Runs at build time, so the document written to {@code openapi/} has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TokenKinds implements OASFilter {

    /** The header naming the child a guardian acts for. */
    public static final String ON_BEHALF_OF = "On-Behalf-Of";

    static final String PATIENT = "idporten";
    static final String STAFF = "helseidStaff";
    static final String CLINIC_SYSTEM = "helseidClinicSystem";
    static final String ON_BEHALF_OF_PARAMETER = "OnBehalfOf";

    /** Patient operations about the account itself: the guardian's own, never a child's. */
    private static final List<String> OWN_ACCOUNT = List.of("/api/v1/me", "/api/v1/reply-deadline");

    static boolean ownAccount(String path) {
        return OWN_ACCOUNT.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, SecurityScheme> used = new LinkedHashMap<>();
        boolean onBehalfOfUsed = false;
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            String kind = kindOf(path);
            if (kind == null) {
                continue;
            }
            used.put(kind, scheme(kind));
            for (Operation operation : entry.getValue().getOperations().values()) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(kind)));
                if (kind.equals(PATIENT) && !ownAccount(path)) {
                    operation.addParameter(OASFactory.createParameter().ref(ON_BEHALF_OF_PARAMETER));
                    onBehalfOfUsed = true;
                }
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.setSecuritySchemes(used);
        if (onBehalfOfUsed) {
            components.addParameter(ON_BEHALF_OF_PARAMETER, onBehalfOf());
        }
    }

    static String kindOf(String path) {
        if (path.startsWith("/api/v1/integration")) {
            return CLINIC_SYSTEM;
        }
        if (path.startsWith("/api/v1/inbox")) {
            return STAFF;
        }
        return path.startsWith("/api/v1/") ? PATIENT : null;
    }

    private static SecurityScheme scheme(String kind) {
        String description = switch (kind) {
            case PATIENT -> "A patient's or guardian's ID-porten token (BankID). Claims checked: `pid` (the "
                    + "11-digit national id), `acr` = `idporten-loa-high` (or the older `Level4`; level 3 is 403 "
                    + "`insufficient-assurance-level`), `iss` = ID-porten, `aud` = the audience this API is "
                    + "registered with at ID-porten; the signature is verified against ID-porten's JWKS.";
            case STAFF -> "A GP's or office staff member's HelseID token. Claims checked: "
                    + "`helseid://claims/hpr/hpr_number` (HPR number), `groups` containing `gp` or `office`, "
                    + "`clinic_id` (the clinic's 9-digit organisation number), `name` (shown on answers), `iss` = "
                    + "HelseID, `aud` = the audience this API is registered with at HelseID; the signature is "
                    + "verified against HelseID's JWKS.";
            default -> "A clinic system's HelseID client-credentials token. Claims checked: `scope` containing "
                    + "`portal:integration`, `clinic_id` (the clinic's 9-digit organisation number; every call is "
                    + "scoped to that clinic), `iss` = HelseID, `aud` = the audience this API is registered with at "
                    + "HelseID; the signature is verified against HelseID's JWKS. No roles (`groups`) are needed.";
        };
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description(description);
    }

    private static Parameter onBehalfOf() {
        return OASFactory.createParameter().name(ON_BEHALF_OF).in(Parameter.In.HEADER).required(false)
                .description("A guardian acting for a child under 16: the child's national id (R11). Absent: "
                        + "the caller acts for themselves. Not the guardian's child → 403 `not-representing`; the "
                        + "child is 16 or older → 403 `proxy-access-ended`; not a valid national id → 400 "
                        + "`validation-failed`. A national id never goes in a URL.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).pattern("^[0-9]{11}$")
                        .addExample("09851650005"));
    }
}
