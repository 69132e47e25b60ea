package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import no.legekontor.devtools.DevTokens;

/** Calls to portal-api as a given caller, so tests read as the patient's actions. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asPatient(String nationalId) {
        return as(DevTokens.patient(nationalId));
    }

    public static Map<String, Object> econsultation(String subject, String body) {
        return Map.of("subject", subject, "body", body, "acceptFee", true, "confirmNotUrgent", true);
    }

    public static ValidatableResponse submitEConsultation(String nationalId, Map<String, Object> body) {
        return asPatient(nationalId).body(body).post("/api/v1/e-consultations").then();
    }

    /** Submits an ordinary e-consultation and returns the new conversation's id. */
    public static String submitEConsultation(String nationalId) {
        return submitEConsultation(nationalId, econsultation("Utslett", "Kløende utslett på armen i to uker."))
                .statusCode(201)
                .extract().path("id");
    }
}
