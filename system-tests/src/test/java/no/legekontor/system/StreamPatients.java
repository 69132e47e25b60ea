package no.legekontor.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;

/**
 * Patients of Lise Berg at Demo Legesenter for the request streams of the fault tests, made as a
 * clinic system and a patient would: registered through the integration API, then full access
 * with consent and a confirmed profile that asks for no SMS or e-mail (nothing to send for 500
 * replies). Their ids are synthetic (month + 80), so they belong to no real person.
 */
final class StreamPatients {

    private static final LocalDate BORN = LocalDate.of(1971, 4, 12);

    private StreamPatients() {
    }

    /** Tokens of {@code count} such patients on {@code portal} (registering them again is harmless). */
    static List<String> tokens(String portal, int count) {
        String clinicSystem = DevTokens.integration(Demo.DEMO_CLINIC);
        List<String> tokens = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String nationalId = SyntheticIds.synthetic(BORN, n);
            given().baseUri(portal).auth().oauth2(clinicSystem).contentType(ContentType.JSON)
                    .body(Map.of("nationalId", nationalId, "name", "Strøm Pasient " + n, "gpHpr", Demo.LISE_BERG_HPR))
                    .post("/api/v1/integration/patients").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            String token = DevTokens.patient(nationalId);
            given().baseUri(portal).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("level", "FULL", "consent", true))
                    .put("/api/v1/me/access-level").then().statusCode(200);
            given().baseUri(portal).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("email", "strom" + n + "@example.no", "notifyBySms", false, "notifyByEmail", false))
                    .put("/api/v1/me/profile").then().statusCode(200);
            tokens.add(token);
        }
        return tokens;
    }
}
