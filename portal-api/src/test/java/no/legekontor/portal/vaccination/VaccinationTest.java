package no.legekontor.portal.vaccination;

import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.VaccinationRecord;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VaccinationTest {

    @Test
    void kariSeesHerThreeVaccinationsNewestFirst() {
        asPatient(KARI).get("/api/v1/vaccinations").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.vaccine", contains("Influensavaksine", "Koronavaksine (Comirnaty)",
                        "Stivkrampe, difteri og kikhoste (Boostrix)"));
    }

    @Test
    void guardianSeesTheChildsVaccinationsNotHerOwn() {
        asPatient(KARI).header("On-Behalf-Of", EMMA).get("/api/v1/vaccinations").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].vaccine", equalTo("MMR (meslinger, kusma, røde hunder), dose 2"));
    }

    @Test
    void vaccinationPushedTwiceIsShownOnceAndUpdated() throws ApiException {
        String patient = Accounts.registerReadyAdult("Vaksine Vera");
        ClinicIntegrationApi demo = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
        VaccinationRecord record = new VaccinationRecord().externalId("vax-1").nationalId(patient)
                .vaccine("Pneumokokkvaksine").givenOn(LocalDate.now().minusDays(2)).givenBy("Anne Dahl");
        Records.created(() -> demo.upsertVaccinationWithHttpInfo(record, null));
        assertThat(demo.upsertVaccinationWithHttpInfo(record.givenBy("Lise Berg"), null).getStatusCode()).isEqualTo(200);
        asPatient(patient).get("/api/v1/vaccinations").then()
                .body("items", hasSize(1))
                .body("items[0].givenBy", equalTo("Lise Berg"));
    }

    @Test
    void anotherClinicCannotRecordAVaccinationForOurPatient() {
        VaccinationRecord record = new VaccinationRecord().externalId("fjord-vax").nationalId(KARI).vaccine("X")
                .givenOn(LocalDate.of(2026, 1, 1)).givenBy("Nils Fjell");
        ClinicSystem.expectProblem(404, "not-found",
                () -> ClinicSystem.of(Demo.FJORD_CLINIC).integration().upsertVaccination(record, null));
        asPatient(KARI).get("/api/v1/vaccinations").then().body("total", equalTo(3));
    }
}
