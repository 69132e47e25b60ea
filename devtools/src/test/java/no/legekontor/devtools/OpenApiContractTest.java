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

    @Test
    void createdWithoutARequiredLocationFails() {
        String created = NAMED + """
                  /api/v1/notes:
                    post:
                      operationId: addNote
                      responses:
                        "201":
                          description: Added
                  /api/v1/letters:
                    post:
                      operationId: addLetter
                      responses:
                        "201":
                          description: Added; Location names it
                          headers:
                            Location:
                              required: true
                              schema:
                                type: string
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(created))
                .hasMessageContaining("POST /api/v1/notes: 201 does not declare the required Location header")
                .message().doesNotContain("/api/v1/letters");
    }

    @Test
    void listAnsweringABareArrayFails() {
        String bare = NAMED + """
                  /api/v1/slots:
                    get:
                      operationId: listSlots
                      responses:
                        "200":
                          description: The slots
                          content:
                            application/json:
                              schema:
                                type: array
                                items:
                                  type: string
                """;
        assertThatThrownBy(() -> OpenApiContract.assertConventions(bare))
                .hasMessageContaining("GET /api/v1/slots: 200 answers a bare array; a list answers a page");
    }
}
