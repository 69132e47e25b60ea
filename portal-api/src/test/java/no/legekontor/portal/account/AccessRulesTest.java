package no.legekontor.portal.account;

import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.devtools.Demo.PER;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.TestClock;
import no.legekontor.portal.support.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R2 (basis and full access) and R3 (the 18-month profile), through the API. */
@QuarkusTest
class AccessRulesTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void basisPatientReadsButCannotSendAndIsToldWhereToChooseFullAccess() {
        asPatient(OLA).get("/api/v1/conversations").then().statusCode(200);
        submitEConsultation(OLA, econsultation("Spørsmål", "Tekst"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/full-access-required"))
                .body("detail", containsString("Profil → Personverninnstillinger → Velg hvilke tjenester du vil bruke"));
    }

    @Test
    void newPatientConfirmsProfileConsentsToFullAccessAndThenSends() {
        String id = Accounts.register("Nils Nybegynner", LocalDate.of(1979, 1, 20));
        asPatient(id).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/profile-confirmation-required"));

        Accounts.confirmProfile(id);
        asPatient(id).get("/api/v1/conversations").then().statusCode(200);
        submitEConsultation(id, econsultation("Spørsmål", "Tekst"))
                .statusCode(403)
                .body("type", endsWith("/full-access-required"));

        asPatient(id).body(Map.of("level", "FULL")).put("/api/v1/me/access-level").then()
                .statusCode(422)
                .body("type", endsWith("/consent-required"));
        asPatient(id).body(Map.of("level", "FULL", "consent", true)).put("/api/v1/me/access-level").then()
                .statusCode(200)
                .body("access.level", equalTo("FULL"))
                .body("access.fullAccessConsentedAt", notNullValue())
                .body("access.termsVersion", equalTo("2026-01"));
        submitEConsultation(id, econsultation("Spørsmål", "Tekst")).statusCode(201);

        asPatient(id).body(Map.of("level", "BASIS")).put("/api/v1/me/access-level").then()
                .statusCode(200)
                .body("access.level", equalTo("BASIS"));
        submitEConsultation(id, econsultation("Spørsmål", "Tekst"))
                .statusCode(403)
                .body("type", endsWith("/full-access-required"));
    }

    @Test
    void profileConfirmationHoldsForExactlyEighteenMonths() {
        String id = Accounts.register("Frida Frist", LocalDate.of(1970, 10, 10));
        clock.standAt("2026-08-31T10:00");
        Accounts.confirmProfile(id);
        Accounts.chooseFullAccess(id);
        asPatient(id).get("/api/v1/me").then()
                .body("profile.confirmationDueBy", equalTo("2028-02-29T10:00:00+01:00"));

        clock.standAt("2028-02-29T10:00");
        asPatient(id).get("/api/v1/conversations").then().statusCode(200);

        clock.standAt("2028-03-01T10:00");
        asPatient(id).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/profile-confirmation-required"));
        // The account itself stays open, so the profile can be confirmed again.
        asPatient(id).get("/api/v1/me").then()
                .statusCode(200)
                .body("profile.confirmed", equalTo(false));
        asPatient(id).queryParam("receivedAt", "2028-03-01T10:00:00+01:00").get("/api/v1/reply-deadline").then()
                .statusCode(200);
        Accounts.confirmProfile(id);
        asPatient(id).get("/api/v1/conversations").then().statusCode(200);
    }

    @Test
    void perWithAProfileConfirmedNineteenMonthsAgoMustConfirmBeforeSending() {
        submitEConsultation(PER, econsultation("Resept", "Tekst"))
                .statusCode(403)
                .body("type", endsWith("/profile-confirmation-required"))
                .body("detail", containsString("18"));
        Accounts.confirmProfile(PER);
        submitEConsultation(PER, econsultation("Resept", "Tekst")).statusCode(201);
    }

    @Test
    void fullAccessTextIsInEnglishOnRequest() {
        asPatient(OLA).header("Accept-Language", "en").body(econsultation("Question", "Text"))
                .post("/api/v1/e-consultations").then()
                .statusCode(403)
                .body("title", equalTo("Choose full access"));
    }
}
