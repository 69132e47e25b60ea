package no.legekontor.portal.integration;

import static io.restassured.RestAssured.given;
import static no.legekontor.portal.support.Api.asPatient;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.support.Accounts;
import org.junit.jupiter.api.Test;

/** Registrations a clinic system must not get away with, and its own practitioners. */
@QuarkusTest
class RegistrationRulesTest {

    @Test
    void guardianshipOfSomeoneSixteenOrOlderIsRefused() {
        String adult = Accounts.register("Voksen Vilde", LocalDate.now().minusYears(16).minusDays(1));
        asClinic(Demo.DEMO_CLINIC).body(Map.of("guardianNationalId", Demo.KARI, "childNationalId", adult))
                .post("/api/v1/integration/guardianships").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-a-child"));
        asPatient(Demo.KARI).get("/api/v1/me").then().body("children.name", not(hasItem("Voksen Vilde")));
    }

    @Test
    void profileWithNeitherMobileNorEmailIsRefused() {
        String id = Accounts.register("Tom Profil", LocalDate.of(1988, 8, 8));
        asPatient(id).body(Map.of("notifyBySms", false, "notifyByEmail", false)).put("/api/v1/me/profile").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("mobile"));
        asPatient(id).get("/api/v1/me").then().body("profile.confirmed", equalTo(false));
    }

    @Test
    void clinicRegistersItsPractitionersOnceAndCanListThem() {
        Map<String, Object> body = new HashMap<>(Map.of("hprNumber", "9100077", "name", "Ny Lege", "role", "GP"));
        asClinic(Demo.DEMO_CLINIC).body(body).post("/api/v1/integration/practitioners").then()
                .statusCode(201)
                .body("hprNumber", equalTo("9100077"))
                .body("role", equalTo("GP"));
        body.put("name", "Ny Lege Hansen");
        asClinic(Demo.DEMO_CLINIC).body(body).post("/api/v1/integration/practitioners").then()
                .statusCode(200)
                .body("name", equalTo("Ny Lege Hansen"));
        asClinic(Demo.DEMO_CLINIC).get("/api/v1/integration/practitioners").then()
                .statusCode(200)
                .body("items.find { it.hprNumber == '9100077' }.name", equalTo("Ny Lege Hansen"))
                .body("items.find { it.hprNumber == '" + Demo.ANNE_DAHL_HPR + "' }.role", equalTo("OFFICE"))
                .body("items.hprNumber", not(hasItem(Demo.NILS_FJELL_HPR)));
        // The new GP can have patients on the list right away.
        String patient = SyntheticIds.synthetic(LocalDate.of(1955, 1, 1), 77);
        asClinic(Demo.DEMO_CLINIC).body(Map.of("nationalId", patient, "name", "Ny Pasient", "gpHpr", "9100077"))
                .post("/api/v1/integration/patients").then().statusCode(201);
    }

    @Test
    void officeStaffCannotHaveAPatientList() {
        String id = SyntheticIds.synthetic(LocalDate.of(1960, 6, 6), 78);
        asClinic(Demo.DEMO_CLINIC).body(Map.of("nationalId", id, "name", "X", "gpHpr", Demo.ANNE_DAHL_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(422)
                .body("type", endsWith("/unknown-gp"));
    }

    @Test
    void clinicCannotTakeOverAnotherClinicsPractitioner() {
        asClinic(Demo.FJORD_CLINIC)
                .body(Map.of("hprNumber", Demo.LISE_BERG_HPR, "name", "Lise Berg", "role", "GP"))
                .post("/api/v1/integration/practitioners").then()
                .statusCode(409)
                .body("type", endsWith("/registered-elsewhere"));
        asClinic(Demo.DEMO_CLINIC).get("/api/v1/integration/practitioners").then()
                .body("items.hprNumber", hasItem(Demo.LISE_BERG_HPR));
    }

    @Test
    void anotherClinicCannotSilentlyTakeOverAPatient() {
        String patient = Accounts.registerReadyAdult("Trofast Tone");
        asClinic(Demo.FJORD_CLINIC)
                .body(Map.of("nationalId", patient, "name", "Trofast Tone", "gpHpr", Demo.NILS_FJELL_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(409)
                .body("type", endsWith("/registered-elsewhere"));
        asPatient(patient).get("/api/v1/me").then().body("clinic.name", equalTo("Demo Legesenter"));
        // The answer told Fjord that the person exists: that is in the person's access log.
        asPatient(patient).get("/api/v1/audit-log").then().statusCode(200)
                .body("items.find { it.action == 'patient.registered-elsewhere' }.who", equalTo("Fjord Legekontor"));
    }

    private static RequestSpecification asClinic(String clinic) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
