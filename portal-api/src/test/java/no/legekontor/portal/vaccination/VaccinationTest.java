package no.legekontor.portal.vaccination;

import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.support.Accounts;
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
    void vaccinationPushedTwiceIsShownOnceAndUpdated() {
        String patient = Accounts.registerReadyAdult("Vaksine Vera");
        Map<String, Object> body = new HashMap<>(Map.of("externalId", "vax-1", "nationalId", patient,
                "vaccine", "Pneumokokkvaksine", "givenOn", LocalDate.now().minusDays(2).toString(),
                "givenBy", "Anne Dahl"));
        Records.pushVaccination(Demo.DEMO_CLINIC, body).statusCode(201);
        body.put("givenBy", "Lise Berg");
        Records.pushVaccination(Demo.DEMO_CLINIC, body).statusCode(200);
        asPatient(patient).get("/api/v1/vaccinations").then()
                .body("items", hasSize(1))
                .body("items[0].givenBy", equalTo("Lise Berg"));
    }

    @Test
    void anotherClinicCannotRecordAVaccinationForOurPatient() {
        Records.pushVaccination(Demo.FJORD_CLINIC, Map.of("externalId", "fjord-vax", "nationalId", KARI,
                        "vaccine", "X", "givenOn", "2026-01-01", "givenBy", "Nils Fjell"))
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        asPatient(KARI).get("/api/v1/vaccinations").then().body("total", equalTo(3));
    }
}
