package no.legekontor.devtools;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractFilter} and {@link ContractHttpClient} against the committed openapi/portal-api.yaml, with a stand-in server
 * that answers what each test sets: the filter, not the service, is under test here.
 */
class ContractFilterTest {

    private static final String SLOT = "{\"id\":\"0b9e3c1e-7c1a-4d5e-9f00-000000000001\","
            + "\"start\":\"2026-12-01T09:00:00+01:00\",\"end\":\"2026-12-01T09:15:00+01:00\","
            + "\"gp\":{\"name\":\"Lise Berg\",\"hprNumber\":\"9144900\"}}";
    private static final Map<String, Object> E_CONSULTATION =
            Map.of("subject", "Utslett", "body", "Kløende utslett", "acceptFee", true, "confirmNotUrgent", true);

    private static final String PROBLEM = "{\"type\":\"https://api.legekontor.no/problems/validation-failed\","
            + "\"title\":\"Ugyldig forespørsel\",\"status\":400}";

    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private HttpServer server;

    private record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Answer a = answer.get();
            byte[] body = a.body.getBytes(StandardCharsets.UTF_8);
            if (a.contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", a.contentType);
            }
            a.headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(a.status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private RequestSpecification call(int status, String contentType, String body, Map<String, String> headers) {
        answer.set(new Answer(status, contentType, body, headers));
        return given().baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .filter(ContractFilter.of("portal-api", "portal-api-clinic-system"));
    }

    @Test
    void aPageAsDeclaredPasses() {
        int status = call(200, "application/json", "{\"items\":[" + SLOT + "],\"total\":1,\"page\":0,\"size\":20}",
                Map.of()).get("/api/v1/appointments/slots").statusCode();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aBareArrayWhereAPageIsDeclaredFailsTheCall() {
        RequestSpecification request = call(200, "application/json", "[" + SLOT + "]", Map.of());
        assertThatThrownBy(() -> request.get("/api/v1/appointments/slots"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/appointments/slots answered 200 outside the contract")
                .hasMessageContaining("listFreeSlots")
                .hasMessageContaining("array found, object expected");
    }

    @Test
    void aNullWhereAStringIsDeclaredFailsTheCall() {
        RequestSpecification request = call(200, "application/json",
                "{\"items\":[" + SLOT.replace("\"Lise Berg\"", "null") + "],\"total\":1}", Map.of());
        assertThatThrownBy(() -> request.get("/api/v1/appointments/slots"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("$.items[0].gp.name: null found, string expected");
    }

    @Test
    void anUndeclaredStatusFailsTheCall() {
        RequestSpecification request = call(409, "application/problem+json", "{}", Map.of());
        assertThatThrownBy(() -> request.get("/api/v1/appointments/slots"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status 409 is not declared");
    }

    @Test
    void anUndeclaredMediaTypeFailsTheCall() {
        RequestSpecification request = call(200, "text/plain", "slots", Map.of());
        assertThatThrownBy(() -> request.get("/api/v1/appointments/slots"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("media type 'text/plain' is not declared for 200");
    }

    @Test
    void aCreatedWithoutItsLocationFailsTheCall() {
        RequestSpecification request = call(201, "application/json", "{}", Map.of())
                .contentType(ContentType.JSON).body(E_CONSULTATION);
        assertThatThrownBy(() -> request.post("/api/v1/e-consultations"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the required header Location is missing");
    }

    @Test
    void anAcceptedRequestOutsideTheContractFailsTheCall() {
        RequestSpecification request = call(201, "application/json", "{}",
                Map.of("Location", "/api/v1/conversations/1")).contentType(ContentType.JSON).body(Map.of("subject", 7));
        assertThatThrownBy(() -> request.post("/api/v1/e-consultations"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("request: $.subject: integer found, string expected");
    }

    @Test
    void aRefusedRequestOutsideTheContractIsTheTestsIntent() {
        int status = call(400, "application/problem+json", PROBLEM, Map.of())
                .contentType(ContentType.JSON).body(Map.of("subject", 7)).post("/api/v1/e-consultations").statusCode();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void responseOnlyLeavesTheRequestUnchecked() {
        int status = call(201, "application/json", "{}", Map.of("Location", "/api/v1/conversations/1"))
                .filter(ContractFilter.RESPONSE_ONLY).contentType(ContentType.JSON).body(Map.of("subject", 7))
                .post("/api/v1/e-consultations").statusCode();
        assertThat(status).isEqualTo(201);
    }

    @Test
    void aPathNoDocumentDeclaresIsNotChecked() {
        int status = call(200, "text/plain", "UP", Map.of()).get("/q/health").statusCode();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void theClinicSystemsPathsAreCheckedAgainstTheirDocument() {
        RequestSpecification request = call(200, "application/json", "[]", Map.of());
        assertThatThrownBy(() -> request.get("/api/v1/integration/appointments"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("openapi/portal-api-clinic-system.yaml");
    }

    @Test
    void theJavaHttpClientsCallsAreCheckedTooAndTheCallerGetsTheBody() throws Exception {
        call(200, "application/json", "{\"items\":[" + SLOT + "],\"total\":1}", Map.of());
        HttpClient client = ContractHttpClient.checking(HttpClient.newHttpClient(), "portal-api");
        HttpRequest slots = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/appointments/slots")).build();

        try (InputStream body = client.send(slots, HttpResponse.BodyHandlers.ofInputStream()).body()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).startsWith("{\"items\":[");
        }
        call(200, "application/json", "[" + SLOT + "]", Map.of());
        assertThatThrownBy(() -> client.send(slots, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("array found, object expected");
    }

    @Test
    void theJavaHttpClientsRequestBodyIsChecked() {
        call(201, "application/json", "{}", Map.of("Location", "/api/v1/conversations/1"));
        HttpClient client = ContractHttpClient.checking(HttpClient.newHttpClient(), "portal-api");
        HttpRequest submit = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/e-consultations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":7}")).build();
        assertThatThrownBy(() -> client.send(submit, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("request: $.subject: integer found, string expected");
    }
}
