package no.legekontor.portal.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.support.Accounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntegrationResourceTest {

    @Test
    void registeringAPatientTwiceCreatesOnceAndUpdatesTheSecondTime() {
        String id = SyntheticIds.synthetic(LocalDate.of(1966, 12, 1), 40);
        String first = asClinic(Demo.DEMO_CLINIC)
                .body(Map.of("nationalId", id, "name", "Ole Opp", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(201)
                .body("clinic", equalTo(Demo.DEMO_CLINIC))
                .extract().path("id");
        asClinic(Demo.DEMO_CLINIC)
                .body(Map.of("nationalId", id, "name", "Ole Oppdatert", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("name", equalTo("Ole Oppdatert"));
    }

    @Test
    void patientMovesToAnotherClinicsGp() {
        String id = Accounts.register("Flytte Fredrik", LocalDate.of(1975, 5, 5));
        asClinic(Demo.FJORD_CLINIC)
                .body(Map.of("nationalId", id, "name", "Flytte Fredrik", "gpHpr", Demo.NILS_FJELL_HPR,
                        "transfer", true))
                .post("/api/v1/integration/patients").then()
                .statusCode(200)
                .body("clinic", equalTo(Demo.FJORD_CLINIC));
        given().auth().oauth2(DevTokens.patient(id)).get("/api/v1/me").then()
                .body("gp.name", equalTo("Nils Fjell"))
                .body("clinic.name", equalTo("Fjord Legekontor"));
    }

    @Test
    void aClinicCannotPutPatientsOnAnotherClinicsGpsList() {
        asClinic(Demo.FJORD_CLINIC)
                .body(Map.of("nationalId", SyntheticIds.synthetic(LocalDate.of(1980, 1, 1), 41), "name", "X",
                        "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(422)
                .body("type", endsWith("/unknown-gp"));
    }

    @Test
    void invalidNationalIdIsAValidationProblemThatDoesNotEchoIt() {
        asClinic(Demo.DEMO_CLINIC)
                .body(Map.of("nationalId", "14838510037", "name", "X", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(400)
                .body("errors.field", hasItem("nationalId"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("14838510037")));
    }

    @Test
    void guardianshipIsIdempotentAndOnlyForTheClinicsOwnChildren() {
        String parent = Accounts.register("Pål Forelder", LocalDate.of(1982, 8, 8));
        String child = Accounts.register("Pia Barn", LocalDate.of(2014, 4, 4));
        String first = Accounts.registerGuardian(parent, child);
        asClinic(Demo.DEMO_CLINIC).body(Map.of("guardianId", parent, "childId", child))
                .post("/api/v1/integration/guardianships").then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("accessEndsOn", equalTo("2030-04-04"));
        asClinic(Demo.FJORD_CLINIC).body(Map.of("guardianId", parent, "childId", child))
                .post("/api/v1/integration/guardianships").then()
                .statusCode(422)
                .body("type", endsWith("/unknown-person"));
        asClinic(Demo.FJORD_CLINIC).delete("/api/v1/integration/guardianships/" + first).then()
                .statusCode(404);
    }

    @Test
    void guardianMustBeKnown() {
        String child = Accounts.register("Ukjent Forelder Barn", LocalDate.of(2015, 6, 6));
        asClinic(Demo.DEMO_CLINIC)
                .body(Map.of("guardianId", SyntheticIds.synthetic(LocalDate.of(1981, 1, 1), 42), "childId", child))
                .post("/api/v1/integration/guardianships").then()
                .statusCode(422)
                .body("type", endsWith("/unknown-person"));
    }

    @Test
    void onlyClinicSystemsMayCall() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/integration/patients").then()
                .statusCode(401);
        given().auth().oauth2(DevTokens.patient(Demo.KARI)).contentType(ContentType.JSON)
                .body(Map.of("nationalId", Demo.KARI, "name", "Kari", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(403);
        given().auth().oauth2(Demo.liseBergToken()).contentType(ContentType.JSON)
                .body(Map.of("nationalId", Demo.KARI, "name", "Kari", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(403);
        // A clinic system of a clinic that does not use the service.
        asClinic("974760673").body(Map.of("nationalId", Demo.KARI, "name", "Kari", "gpHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/patients").then()
                .statusCode(403);
    }

    private static RequestSpecification asClinic(String clinic) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON);
    }
}
