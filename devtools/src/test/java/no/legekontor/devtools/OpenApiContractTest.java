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
                  responses:
                    "200":
                      description: The things
                    "403":
                      description: "`forbidden`"
                      content:
                        application/problem+json:
                          schema:
                            $ref: "#/components/schemas/Problem"
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
    void errorResponseWithoutProblemJsonFails() {
        String plain = NAMED + """
                  /api/v1/things/{id}:
                    get:
                      operationId: getThing
                      responses:
                        "404":
                          description: not there
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(plain))
                .hasMessageContaining("GET /api/v1/things/{id}: 404 does not answer application/problem+json");
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

    @Test
    void textFieldOfARequestBodyWithoutMaxLengthFailsNamingIt() {
        String unlimited = NAMED + """
                  /api/v1/notes:
                    post:
                      operationId: addNote
                      requestBody:
                        content:
                          application/json:
                            schema:
                              $ref: "#/components/schemas/Note"
                components:
                  schemas:
                    Note:
                      type: object
                      properties:
                        title:
                          type: string
                          maxLength: 200
                        body:
                          type: string
                        day:
                          type: string
                          format: date
                        kind:
                          type: string
                          enum: [A, B]
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(unlimited))
                .hasMessageContaining("POST /api/v1/notes: the text field body has no maxLength")
                .message().doesNotContain("field title").doesNotContain("field day").doesNotContain("field kind");
    }
}
