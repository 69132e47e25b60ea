package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenApiContractTest {

    private static final String NAMED = """
            openapi: 3.1.0
            paths:
              /api/v1/things:
                summary: not an operation
                get:
                  operationId: listThings
                post:
                  operationId: addThing
            """;

    @Test
    void documentWhoseOperationsAreNamedPasses() {
        assertThatCode(() -> OpenApiContract.assertConventions(NAMED)).doesNotThrowAnyException();
    }

    @Test
    void operationWithoutOperationIdFailsNamingIt() {
        String unnamed = NAMED + """
                  /api/v1/things/{id}:
                    delete:
                      summary: forgot the name
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(unnamed))
                .hasMessageContaining("DELETE /api/v1/things/{id}: no operationId");
    }

    @Test
    void operationIdThatIsNotCamelCaseOrUsedTwiceFails() {
        String bad = NAMED.replace("addThing", "list_things") + """
                  /api/v1/other:
                    get:
                      operationId: listThings
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(bad))
                .hasMessageContaining("POST /api/v1/things: operationId 'list_things' is not camelCase")
                .hasMessageContaining("GET /api/v1/other: operationId 'listThings' is used twice");
    }
}
