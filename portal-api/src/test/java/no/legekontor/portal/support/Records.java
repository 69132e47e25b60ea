package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;

/** Pushes patients' records as a clinic's record system would, through the integration API. */
public final class Records {

    private Records() {
    }

    public static ValidatableResponse pushPrescription(String clinic, Map<String, Object> body) {
        return push(clinic, "/api/v1/integration/prescriptions", body);
    }

    /** A prescription from Demo Legesenter, issued by Lise Berg; returns its id. */
    public static String prescription(String nationalId, String medication, LocalDate validUntil) {
        return pushPrescription(Demo.DEMO_CLINIC, Map.of("externalId", "rx-" + UUID.randomUUID(),
                "nationalId", nationalId, "medication", medication, "dosage", "1 tablett daglig",
                "issuedOn", validUntil.minusYears(1).toString(), "validUntil", validUntil.toString(),
                "prescriberHpr", Demo.LISE_BERG_HPR))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse pushSickNote(String clinic, Map<String, Object> body) {
        return push(clinic, "/api/v1/integration/sick-notes", body);
    }

    /** A full-time sick note from Demo Legesenter; returns its id. */
    public static String sickNote(String nationalId, LocalDate from, LocalDate to) {
        return pushSickNote(Demo.DEMO_CLINIC, Map.of("externalId", "sm-" + UUID.randomUUID(),
                "nationalId", nationalId, "fromDate", from.toString(), "toDate", to.toString(), "gradePercent", 100))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse pushVaccination(String clinic, Map<String, Object> body) {
        return push(clinic, "/api/v1/integration/vaccinations", body);
    }

    private static ValidatableResponse push(String clinic, String path, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(body).post(path).then();
    }
}
