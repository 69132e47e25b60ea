package no.legekontor.portal.account;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.JONAS;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R11: guardians act for children under 16 with On-Behalf-Of; the checks are the guardian's. */
@QuarkusTest
class GuardianAccessTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void kariActsForEmmaReadsHerDataAndSendsForHer() {
        onBehalfOf(KARI, EMMA).get("/api/v1/e-consultations/fee").then()
                .statusCode(200)
                .body("amountNok", equalTo(0))
                .body("exempt", equalTo(true));
        String id = onBehalfOf(KARI, EMMA).body(econsultation("Feber", "Emma har hatt feber i tre dager."))
                .post("/api/v1/e-consultations").then()
                .statusCode(201)
                .body("fee.exempt", equalTo(true))
                .body("messages[0].author", equalTo("Kari Nordmann"))
                .extract().path("id");

        onBehalfOf(KARI, EMMA).get("/api/v1/conversations").then().body("items.id", hasItem(id));
        asPatient(KARI).get("/api/v1/conversations").then().body("items.id", not(hasItem(id)));
        asPatient(KARI).get("/api/v1/conversations/" + id).then().statusCode(404);

        List<Object[]> audit = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select a.name, s.name from audit_event e
                join patient a on a.id = e.actor_id join patient s on s.id = e.subject_id
                where e.resource_id = ?1""").setParameter(1, UUID.fromString(id)).getResultList());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsExactly("Kari Nordmann", "Emma Nordmann");

        List<TopicClient.Received> events = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> id.equals(r.key()), found -> !found.isEmpty(),
                        Duration.ofSeconds(30));
        assertThat(events.get(0).value())
                .contains("\"patient\":{\"nationalId\":\"" + EMMA + "\"")
                .contains("\"submittedBy\":{\"nationalId\":\"" + KARI + "\"");
    }

    @Test
    void kariCanNoLongerActForJonasWhoHasTurnedSixteen() {
        onBehalfOf(KARI, JONAS).get("/api/v1/conversations").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/proxy-access-ended"))
                .body("detail", containsString("egen BankID"));
    }

    @Test
    void guardianOfOneChildCannotActForAnother() {
        onBehalfOf(KARI, INGRID).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/not-representing"));
        String stranger = SyntheticIds.synthetic(LocalDate.of(2015, 1, 1), 7);
        onBehalfOf(KARI, stranger).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/not-representing"));
    }

    @Test
    void malformedOnBehalfOfIsAValidationProblem() {
        onBehalfOf(KARI, "09851650006").get("/api/v1/conversations").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("On-Behalf-Of"));
    }

    @Test
    void guardianActsOnTheDayBeforeTheSixteenthBirthdayButNotOnItOrAfter() {
        assertAccessEndsOnSixteenthBirthday("Geir Grense", LocalDate.of(2010, 6, 15),
                "2026-06-14T23:59:59", "2026-06-15T00:00", "2026-06-16T12:00");
    }

    @Test
    void guardianLosesAccessOnTheSixteenthBirthdayOfAChildBornOnLeapDay() {
        assertAccessEndsOnSixteenthBirthday("Sara Skuddår", LocalDate.of(2012, 2, 29),
                "2028-02-28T23:30", "2028-02-29T00:30", "2028-03-01T12:00");
    }

    /** A new family; the guardian acts at {@code dayBefore} and is refused at {@code onTheDay} and {@code after}. */
    private void assertAccessEndsOnSixteenthBirthday(String childName, LocalDate born, String dayBefore,
            String onTheDay, String after) {
        clock.standAt(born.plusYears(16).minusMonths(1).atTime(12, 0).toString());
        String parent = Accounts.registerReadyAdult("Forelder til " + childName);
        String child = Accounts.register(childName, born);
        Accounts.registerGuardian(parent, child);

        clock.standAt(dayBefore);
        onBehalfOf(parent, child).get("/api/v1/e-consultations/fee").then().statusCode(200);
        for (String moment : new String[] {onTheDay, after}) {
            clock.standAt(moment);
            onBehalfOf(parent, child).get("/api/v1/e-consultations/fee").then()
                    .statusCode(403)
                    .body("type", endsWith("/proxy-access-ended"));
        }
    }

    @Test
    void guardianWithAStaleProfileCannotActForTheChild() {
        clock.standAt("2026-01-05T09:00");
        String parent = Accounts.registerReadyAdult("Stein Stale");
        String child = Accounts.register("Stina Stale", LocalDate.of(2019, 9, 9));
        Accounts.registerGuardian(parent, child);
        onBehalfOf(parent, child).get("/api/v1/conversations").then().statusCode(200);

        clock.standAt("2027-08-06T09:00");
        onBehalfOf(parent, child).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/profile-confirmation-required"));
    }

    @Test
    void guardianWithBasisAccessCannotSendForTheChild() {
        String parent = Accounts.register("Berit Basis", LocalDate.of(1984, 2, 2));
        Accounts.confirmProfile(parent);
        String child = Accounts.register("Bendik Basis", LocalDate.of(2018, 8, 8));
        Accounts.registerGuardian(parent, child);
        onBehalfOf(parent, child).get("/api/v1/conversations").then().statusCode(200);
        onBehalfOf(parent, child).body(econsultation("Spørsmål", "Tekst")).post("/api/v1/e-consultations").then()
                .statusCode(403)
                .body("type", endsWith("/full-access-required"));
    }

    @Test
    void endedGuardianshipEndsAccess() {
        String parent = Accounts.registerReadyAdult("Eva Endt");
        String child = Accounts.register("Emil Endt", LocalDate.of(2017, 3, 3));
        String guardianship = Accounts.registerGuardian(parent, child);
        onBehalfOf(parent, child).get("/api/v1/conversations").then().statusCode(200);

        given().auth().oauth2(DevTokens.integration(Demo.DEMO_CLINIC))
                .delete("/api/v1/integration/guardianships/" + guardianship).then().statusCode(204);
        onBehalfOf(parent, child).get("/api/v1/conversations").then()
                .statusCode(403)
                .body("type", endsWith("/not-representing"));
    }

    private static RequestSpecification onBehalfOf(String guardian, String child) {
        return asPatient(guardian).header("On-Behalf-Of", child);
    }
}
