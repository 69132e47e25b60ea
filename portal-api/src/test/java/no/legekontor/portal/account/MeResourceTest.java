package no.legekontor.portal.account;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.as;
import static no.legekontor.portal.support.Api.asPatient;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.support.Accounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void kariSeesHerAccountGpClinicAndChildren() {
        asPatient(KARI).get("/api/v1/me").then()
                .statusCode(200)
                .body("name", equalTo("Kari Nordmann"))
                .body("nationalId", equalTo("148385*****"))
                .body("access.level", equalTo("FULL"))
                .body("access.fullAccessConsentedAt", notNullValue())
                .body("profile.confirmed", equalTo(true))
                .body("profile.confirmationDueBy", notNullValue())
                .body("gp.name", equalTo("Lise Berg"))
                .body("clinic.name", equalTo("Demo Legesenter"))
                .body("clinic.phone", equalTo("22 00 00 00"))
                .body("children", hasSize(2))
                .body("children.find { it.name == 'Emma Nordmann' }.accessEndsOn", equalTo("2032-05-09"))
                .body("children.find { it.name == 'Emma Nordmann' }.active", equalTo(true))
                .body("children.find { it.name == 'Emma Nordmann' }.nationalId", equalTo("09851650005"))
                .body("children.find { it.name == 'Jonas Nordmann' }.active", equalTo(false));
    }

    @Test
    void newPatientStartsWithBasisAndAnUnconfirmedProfile() {
        String id = Accounts.register("Nina Ny", LocalDate.of(1991, 4, 2));
        asPatient(id).get("/api/v1/me").then()
                .statusCode(200)
                .body("access.level", equalTo("BASIS"))
                .body("access.fullAccessConsentedAt", nullValue())
                .body("profile.confirmed", equalTo(false))
                .body("profile.confirmedAt", nullValue())
                .body("children", hasSize(0));
    }

    @Test
    void patientWithDNumberCanLogIn() {
        String id = Accounts.register("Dina Dnummer", SyntheticIds.dNumber(LocalDate.of(1988, 7, 14), 3));
        asPatient(id).get("/api/v1/me").then()
                .statusCode(200)
                .body("name", equalTo("Dina Dnummer"))
                .body("nationalId", equalTo(id.substring(0, 6) + "*****"));
    }

    @Test
    void profileNeedsAMobileToBeNotifiedBySms() {
        asPatient(KARI).body(Map.of("email", "kari@example.no", "notifyBySms", true, "notifyByEmail", true))
                .put("/api/v1/me/profile").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("mobile"));
    }

    @Test
    void invalidMobileAndEmailAreNamedInNorwegianAndInEnglish() {
        Map<String, Object> body = Map.of("mobile", "12345", "email", "ikke-en-adresse", "notifyBySms", false,
                "notifyByEmail", false);
        asPatient(KARI).body(body).put("/api/v1/me/profile").then()
                .statusCode(400)
                .body("errors.field", hasItem("mobile"))
                .body("errors.field", hasItem("email"))
                .body("errors.find { it.field == 'email' }.message", equalTo("må være en gyldig e-postadresse"));
        asPatient(KARI).header("Accept-Language", "en").body(body).put("/api/v1/me/profile").then()
                .statusCode(400)
                .body("errors.find { it.field == 'email' }.message", equalTo("must be a valid e-mail address"));
    }

    @Test
    void accountEndpointsNeedLevelFourToo() {
        as(DevTokens.patient(KARI, "Level3")).get("/api/v1/me").then()
                .statusCode(403)
                .body("type", endsWith("/insufficient-assurance-level"));
    }
}
