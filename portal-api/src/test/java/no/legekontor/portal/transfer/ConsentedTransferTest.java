package no.legekontor.portal.transfer;

import static io.restassured.RestAssured.given;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.devtools.TestClock;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R15 as issue 19 changed it: a clinic system cannot take a person, or a child from its parents,
 * without the person's (the guardian's) consent. A transfer waits for an answer in the portal and
 * lapses after 14 days; a move ends no guardianship, but a guardianship counts only while the child
 * is a patient of the clinic that registered it; a new guardian is announced to the others.
 */
@QuarkusTest
class ConsentedTransferTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTransferWaitsForThePersonsConsentAndMovesThemOnlyOnceAccepted() {
        String tone = Accounts.registerReadyAdult("Trofast Tone");
        String transfer = requestTransfer(Demo.FJORD_CLINIC, tone, Demo.NILS_FJELL_HPR).statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("to.orgNumber", equalTo(Demo.FJORD_CLINIC))
                .extract().path("id");
        asPatient(tone).get("/api/v1/me").then().body("clinic.orgNumber", equalTo(Demo.DEMO_CLINIC));
        asPatient(tone).get("/api/v1/transfers").then().statusCode(200)
                .body("items[0].id", equalTo(transfer))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].from.name", equalTo("Demo Legesenter"))
                .body("items[0].to.name", equalTo("Fjord Legekontor"));

        asPatient(tone).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        asPatient(tone).get("/api/v1/me").then()
                .body("clinic.orgNumber", equalTo(Demo.FJORD_CLINIC))
                .body("gp.hprNumber", equalTo(Demo.NILS_FJELL_HPR));
        asPatient(tone).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(200);
        assertThat(audited(tone, "patient.transferred")).isEqualTo(1);
        assertThat(audited(tone, "transfer.requested")).isEqualTo(1);
    }

    @Test
    void aDeclinedTransferLeavesThePersonWhereTheyAre() {
        String tone = Accounts.registerReadyAdult("Bestemt Berit");
        String transfer = requestTransfer(Demo.FJORD_CLINIC, tone, Demo.NILS_FJELL_HPR).statusCode(202)
                .extract().path("id");
        asPatient(tone).post("/api/v1/transfers/" + transfer + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        asPatient(tone).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/transfer-answered"));
        asPatient(tone).get("/api/v1/me").then().body("clinic.orgNumber", equalTo(Demo.DEMO_CLINIC));
    }

    @Test
    void aTransferNotAcceptedWithin14DaysLapses() {
        String tone = Accounts.registerReadyAdult("Treg Trude");
        String transfer = requestTransfer(Demo.FJORD_CLINIC, tone, Demo.NILS_FJELL_HPR).statusCode(202)
                .extract().path("id");
        clock.standAt(LocalDateTime.now(BusinessCalendar.OSLO).plusDays(14).plusMinutes(1).toString());

        asPatient(tone).get("/api/v1/transfers").then().body("items[0].status", equalTo("LAPSED"));
        asPatient(tone).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(409)
                .body("type", endsWith("/transfer-lapsed"));
        asPatient(tone).get("/api/v1/me").then().body("clinic.orgNumber", equalTo(Demo.DEMO_CLINIC));
    }

    @Test
    void anotherClinicCannotTakeAChildAndGiveItAGuardianOfItsChoosing() {
        String mother = Accounts.registerReadyAdult("Mor Marit");
        String stranger = Accounts.registerReadyAdult("Fremmed Frode");
        String child = Accounts.register("Barn Bjarne", LocalDate.now().minusYears(8));
        Accounts.registerGuardian(mother, child);

        String transfer = requestTransfer(Demo.FJORD_CLINIC, child, Demo.NILS_FJELL_HPR).statusCode(202)
                .extract().path("id");
        asClinic(Demo.FJORD_CLINIC).body(Map.of("guardianNationalId", stranger, "childNationalId", child))
                .post("/api/v1/integration/guardianships").then()
                .statusCode(422)
                .body("type", endsWith("/unknown-person"));
        asPatient(stranger).header("On-Behalf-Of", child).get("/api/v1/conversations").then().statusCode(403)
                .body("type", endsWith("/not-representing"));
        asPatient(stranger).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(404);
        Accounts.confirmProfile(child); // a child with its own BankID still cannot consent before 16
        asPatient(child).post("/api/v1/transfers/" + transfer + "/accept").then().statusCode(403)
                .body("type", endsWith("/guardian-consent-required"));
        asPatient(mother).header("On-Behalf-Of", child).get("/api/v1/conversations").then().statusCode(200);
    }

    @Test
    void aGuardianAcceptsTheChildsTransferAndTheOldClinicsGuardianshipCountsOnlyWhileTheChildIsThere() {
        String mother = Accounts.registerReadyAdult("Mor Mona");
        String child = Accounts.register("Barn Birk", LocalDate.now().minusYears(6));
        Accounts.registerGuardian(mother, child);
        asPatient(mother).header("On-Behalf-Of", child).get("/api/v1/transfers").then().statusCode(200)
                .body("total", equalTo(0));
        String transfer = requestTransfer(Demo.FJORD_CLINIC, child, Demo.NILS_FJELL_HPR).statusCode(202)
                .extract().path("id");

        asPatient(mother).header("On-Behalf-Of", child).post("/api/v1/transfers/" + transfer + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));

        // Demo Legesenter registered the guardianship; the child is Fjord's now, so it no longer counts.
        asPatient(mother).header("On-Behalf-Of", child).get("/api/v1/conversations").then().statusCode(403)
                .body("type", endsWith("/not-representing"));
        asPatient(mother).get("/api/v1/me").then().body("children.name", not(hasItem("Barn Birk")));
        // Fjord registers the mother: she acts for the child again.
        asClinic(Demo.FJORD_CLINIC).body(Map.of("guardianNationalId", mother, "childNationalId", child))
                .post("/api/v1/integration/guardianships").then().statusCode(201);
        asPatient(mother).header("On-Behalf-Of", child).get("/api/v1/conversations").then().statusCode(200);
        // The move ended nothing: back at Demo Legesenter (with consent), its guardianship counts again.
        String back = requestTransfer(Demo.DEMO_CLINIC, child, Demo.LISE_BERG_HPR).statusCode(202)
                .extract().path("id");
        asPatient(mother).header("On-Behalf-Of", child).post("/api/v1/transfers/" + back + "/accept").then()
                .statusCode(200);
        asPatient(mother).header("On-Behalf-Of", child).get("/api/v1/conversations").then().statusCode(200);
    }

    @Test
    void registeringANewGuardianNotifiesTheChildsOtherGuardiansWithoutHealthContent() {
        String mother = Accounts.registerReadyAdult("Mor Maja");
        String father = Accounts.registerReadyAdult("Far Frank");
        String child = Accounts.register("Barn Brage", LocalDate.now().minusYears(10));
        Accounts.registerGuardian(mother, child);

        Accounts.registerGuardian(father, child);

        List<Map<String, Object>> mothers = asPatient(mother).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("items");
        assertThat(mothers).filteredOn(n -> "GUARDIAN_ADDED".equals(n.get("kind"))).singleElement()
                .satisfies(n -> assertThat((String) n.get("text")).contains("Demo Legesenter")
                        .doesNotContain("Barn Brage").doesNotContain("Far Frank"));
        List<Map<String, Object>> fathers = asPatient(father).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("items");
        assertThat(fathers).noneMatch(n -> "GUARDIAN_ADDED".equals(n.get("kind")));
    }

    private static io.restassured.response.ValidatableResponse requestTransfer(String clinic, String nationalId,
            String gpHpr) {
        return asClinic(clinic)
                .body(Map.of("nationalId", nationalId, "name", "Flyttende", "gpHpr", gpHpr, "transfer", true))
                .post("/api/v1/integration/patients").then();
    }

    private static long audited(String nationalId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Patient.getEntityManager()
                .createNativeQuery("select count(*) from audit_event a join patient p on p.id = a.subject_id"
                        + " where p.national_id = ?1 and a.action = ?2")
                .setParameter(1, nationalId)
                .setParameter(2, action)
                .getSingleResult()).longValue());
    }

    private static RequestSpecification asClinic(String clinic) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
