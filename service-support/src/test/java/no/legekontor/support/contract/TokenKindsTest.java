package no.legekontor.support.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class TokenKindsTest {

    private static OpenAPI documentWith(String... paths) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        for (String path : paths) {
            openAPI.getPaths().addPathItem(path, OASFactory.createPathItem().GET(OASFactory.createOperation()));
        }
        new TokenKinds().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Operation get(OpenAPI openAPI, String path) {
        return openAPI.getPaths().getPathItem(path).getGET();
    }

    private static List<String> schemes(Operation operation) {
        return operation.getSecurity().stream().flatMap(r -> r.getSchemes().keySet().stream()).toList();
    }

    private static boolean takesOnBehalfOf(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(p -> p.getRef() != null
                && p.getRef().endsWith("/" + TokenKinds.ON_BEHALF_OF_PARAMETER));
    }

    @Test
    void eachPathNamesTheTokenKindItTakes() {
        OpenAPI doc = documentWith("/api/v1/conversations", "/api/v1/integration/patients", "/api/v1/inbox/{id}");
        assertThat(schemes(get(doc, "/api/v1/conversations"))).containsExactly(TokenKinds.PATIENT);
        assertThat(schemes(get(doc, "/api/v1/integration/patients"))).containsExactly(TokenKinds.CLINIC_SYSTEM);
        assertThat(schemes(get(doc, "/api/v1/inbox/{id}"))).containsExactly(TokenKinds.STAFF);
        assertThat(doc.getComponents().getSecuritySchemes()).containsOnlyKeys(TokenKinds.PATIENT,
                TokenKinds.CLINIC_SYSTEM, TokenKinds.STAFF);
        assertThat(doc.getComponents().getSecuritySchemes().get(TokenKinds.CLINIC_SYSTEM).getDescription())
                .contains("portal:integration").contains("clinic_id");
    }

    @Test
    void patientOperationsTakeOnBehalfOfExceptTheOwnAccount() {
        OpenAPI doc = documentWith("/api/v1/messages", "/api/v1/me", "/api/v1/me/profile", "/api/v1/reply-deadline",
                "/api/v1/integration/patients");
        assertThat(takesOnBehalfOf(get(doc, "/api/v1/messages"))).isTrue();
        assertThat(takesOnBehalfOf(get(doc, "/api/v1/me"))).isFalse();
        assertThat(takesOnBehalfOf(get(doc, "/api/v1/me/profile"))).isFalse();
        assertThat(takesOnBehalfOf(get(doc, "/api/v1/reply-deadline"))).isFalse();
        assertThat(takesOnBehalfOf(get(doc, "/api/v1/integration/patients"))).isFalse();
        assertThat(doc.getComponents().getParameters()).containsKey(TokenKinds.ON_BEHALF_OF_PARAMETER);
    }

    @Test
    void staffDocumentDeclaresOnlyTheStaffScheme() {
        OpenAPI doc = documentWith("/api/v1/inbox", "/api/v1/inbox/{id}/replies");
        assertThat(doc.getComponents().getSecuritySchemes()).containsOnlyKeys(TokenKinds.STAFF);
        assertThat(doc.getComponents().getParameters()).isNullOrEmpty();
    }
}
