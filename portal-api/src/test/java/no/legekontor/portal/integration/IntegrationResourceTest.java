package no.legekontor.portal.integration;

import static io.restassured.RestAssured.given;
import static no.legekontor.portal.support.ClinicSystem.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.ApiResponse;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.Guardianship;
import no.legekontor.portal.client.model.GuardianshipRegistration;
import no.legekontor.portal.client.model.PatientRegistration;
import no.legekontor.portal.client.model.Problem;
import no.legekontor.portal.client.model.ProblemFieldError;
import no.legekontor.portal.client.model.RegisteredPatient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import org.junit.jupiter.api.Test;

/** The integration API, called as a clinic system would: through the client generated from the contract. */
@QuarkusTest
class IntegrationResourceTest {

    private final ClinicIntegrationApi demo = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
    private final ClinicIntegrationApi fjord = ClinicSystem.of(Demo.FJORD_CLINIC).integration();

    @Test
    void registeringAPatientTwiceCreatesOnceAndUpdatesTheSecondTime() throws ApiException {
        String id = SyntheticIds.synthetic(LocalDate.of(1966, 12, 1), 40);
        ApiResponse<RegisteredPatient> first =
                demo.registerPatientWithHttpInfo(patient(id, "Ole Opp", Demo.LISE_BERG_HPR), null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getData().getClinic().getOrgNumber()).isEqualTo(Demo.DEMO_CLINIC);
        assertThat(first.getData().getGp().getName()).isEqualTo(Demo.LISE_BERG);

        ApiResponse<RegisteredPatient> second =
                demo.registerPatientWithHttpInfo(patient(id, "Ole Oppdatert", Demo.LISE_BERG_HPR), null);
        assertThat(second.getStatusCode()).isEqualTo(200);
        assertThat(second.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(second.getData().getName()).isEqualTo("Ole Oppdatert");
    }

    @Test
    void patientOfAnotherClinicMovesToItsGpOnceTheyAcceptTheTransfer() throws ApiException {
        String id = Accounts.register("Flytte Fredrik", LocalDate.of(1975, 5, 5));
        Accounts.confirmProfile(id);
        ApiResponse<RegisteredPatient> asked =
                fjord.registerPatientWithHttpInfo(patient(id, "Flytte Fredrik", Demo.NILS_FJELL_HPR).transfer(true), null);
        assertThat(asked.getStatusCode()).as("a request that waits for the person (R15)").isEqualTo(202);
        given().auth().oauth2(DevTokens.patient(id)).get("/api/v1/me").then()
                .body("clinic.name", equalTo("Demo Legesenter"));
        given().auth().oauth2(DevTokens.patient(id)).post("/api/v1/transfers/" + asked.getData().getId() + "/accept")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.patient(id)).get("/api/v1/me").then()
                .body("gp.name", equalTo("Nils Fjell"))
                .body("clinic.name", equalTo("Fjord Legekontor"));
    }

    @Test
    void aClinicCannotPutPatientsOnAnotherClinicsGpsList() {
        String id = SyntheticIds.synthetic(LocalDate.of(1980, 1, 1), 41);
        expectProblem(422, "unknown-gp", () -> fjord.registerPatient(patient(id, "X", Demo.LISE_BERG_HPR), null));
    }

    @Test
    void invalidNationalIdIsAValidationProblemThatDoesNotEchoIt() {
        PatientRegistration invalid = patient("14838510037", "X", Demo.LISE_BERG_HPR);
        Problem problem = expectProblem(400, "validation-failed", () -> demo.registerPatient(invalid, null));
        assertThat(problem.getErrors()).extracting(ProblemFieldError::getField).contains("nationalId");
        ApiException failure = catchThrowableOfType(ApiException.class, () -> demo.registerPatient(invalid, null));
        assertThat(failure.getResponseBody()).doesNotContain("14838510037");
    }

    @Test
    void bodyThatIsNotJsonIsAMalformedRequestProblem() {
        // The generated client cannot send this; a hand-written clinic system can.
        given().auth().oauth2(DevTokens.integration(Demo.DEMO_CLINIC)).contentType(ContentType.JSON)
                .body("{\"nationalId\": ").post("/api/v1/integration/patients").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void guardianshipIsIdempotentOnlyForTheClinicsOwnChildrenAndEndsOnce() throws ApiException {
        String parent = Accounts.register("Pål Forelder", LocalDate.of(1982, 8, 8));
        String child = Accounts.register("Pia Barn", LocalDate.of(2014, 4, 4));
        String first = Accounts.registerGuardian(parent, child);

        ApiResponse<Guardianship> again = demo.registerGuardianshipWithHttpInfo(guardianship(parent, child), null);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getData().getId()).hasToString(first);
        assertThat(again.getData().getAccessEndsOn()).isEqualTo(LocalDate.of(2030, 4, 4));

        expectProblem(422, "unknown-person", () -> fjord.registerGuardianship(guardianship(parent, child), null));
        expectProblem(404, "not-found", () -> fjord.endGuardianship(UUID.fromString(first)));

        assertThat(demo.endGuardianshipWithHttpInfo(UUID.fromString(first)).getStatusCode()).isEqualTo(204);
        expectProblem(404, "not-found", () -> demo.endGuardianship(UUID.fromString(first)));
    }

    @Test
    void guardianMustBeKnown() {
        String child = Accounts.register("Ukjent Forelder Barn", LocalDate.of(2015, 6, 6));
        String unknown = SyntheticIds.synthetic(LocalDate.of(1981, 1, 1), 42);
        expectProblem(422, "unknown-person", () -> demo.registerGuardianship(guardianship(unknown, child), null));
    }

    @Test
    void onlyClinicSystemsMayCall() {
        PatientRegistration kari = patient(Demo.KARI, "Kari", Demo.LISE_BERG_HPR);
        expectProblem(401, "unauthorized", () -> ClinicSystem.withToken(null).integration().registerPatient(kari, null));
        expectProblem(403, "wrong-token-kind",
                () -> ClinicSystem.withToken(DevTokens.patient(Demo.KARI)).integration().registerPatient(kari, null));
        // A staff token is issued for inbox-service, not for portal-api.
        expectProblem(401, "token-invalid",
                () -> ClinicSystem.withToken(Demo.liseBergToken()).integration().registerPatient(kari, null));
        // A clinic system of a clinic that does not use the service.
        expectProblem(403, "forbidden", () -> ClinicSystem.of("974760673").integration().registerPatient(kari, null));
    }

    private static PatientRegistration patient(String nationalId, String name, String gpHpr) {
        return new PatientRegistration().nationalId(nationalId).name(name).gpHpr(gpHpr);
    }

    private static GuardianshipRegistration guardianship(String guardianId, String childId) {
        return new GuardianshipRegistration().guardianNationalId(guardianId).childNationalId(childId);
    }
}
