package no.legekontor.inbox.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.PractitionerKey;
import no.legekontor.shared.event.PractitionerRegistered;
import no.legekontor.shared.event.PractitionerRemoved;
import no.legekontor.shared.event.PractitionerRoleChanged;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: HelseID vouches for the person, not for where they work. A staff token is admitted only
 * for a practitioner of its clinic in its role, as portal-api announces them on the real broker.
 */
@QuarkusTest
class PractitionerAccessTest {

    static final String INBOX = "/api/v1/inbox";
    /** Registered at no clinic. */
    static final String UNKNOWN_HPR = "9199991";
    /** Registered in this test only, through the portal's events. */
    static final String PER_LEGE_HPR = "9100077";

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void aStaffTokenOfAnHprNumberNoClinicRegisteredIsRefused() {
        refused(DevTokens.staff(UNKNOWN_HPR, StaffRole.GP, Demo.DEMO_CLINIC, "Ukjent Lege"));
    }

    @Test
    void officeStaffClaimingTheGpRoleAreRefused() {
        refused(DevTokens.staff(Demo.ANNE_DAHL_HPR, StaffRole.GP, Demo.DEMO_CLINIC, Demo.ANNE_DAHL));
    }

    @Test
    void aGpOfOneClinicClaimingAnotherClinicIsRefused() {
        refused(DevTokens.staff(Demo.LISE_BERG_HPR, StaffRole.GP, Demo.FJORD_CLINIC, Demo.LISE_BERG));
    }

    @Test
    void thePortalsPractitionerEventsDecideWhoIsAdmittedAndOnlyTheNewestCounts() {
        PortalSide portal = new PortalSide(codec);
        String asGp = DevTokens.staff(PER_LEGE_HPR, StaffRole.GP, Demo.DEMO_CLINIC, "Per Lege");
        String asOffice = DevTokens.staff(PER_LEGE_HPR, StaffRole.OFFICE, Demo.DEMO_CLINIC, "Per Lege");
        refused(asGp);

        portal.publish(event(new PractitionerRegistered(PER_LEGE_HPR, "Per Lege", StaffRole.GP, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(asGp) == 200);
        refused(asOffice);

        portal.publish(event(new PractitionerRoleChanged(PER_LEGE_HPR, "Per Lege", StaffRole.OFFICE, 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(asOffice) == 200);
        refused(asGp);

        // A late copy of the first registration changes nothing once it has been handled.
        EventEnvelope late = event(new PractitionerRegistered(PER_LEGE_HPR, "Per Lege", StaffRole.GP, 1));
        portal.publish(late);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(late));
        refused(asGp);
        given().auth().oauth2(asOffice).get(INBOX).then().statusCode(200);

        portal.publish(event(new PractitionerRemoved(PER_LEGE_HPR, 3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(asOffice) == 403);
        refused(asOffice);
        refused(asGp);
    }

    private static EventEnvelope event(EventPayload payload) {
        return EventEnvelope.of(payload, Demo.DEMO_CLINIC, PractitionerKey.of(PER_LEGE_HPR),
                OffsetDateTime.now(ZoneOffset.ofHours(1)));
    }

    private boolean handled(EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "select 1 from consumed_event where event_id = ?1")
                .setParameter(1, event.id()).getResultList().isEmpty());
    }

    private static int status(String token) {
        return given().auth().oauth2(token).get(INBOX).then().extract().statusCode();
    }

    private static ValidatableResponse refused(String token) {
        return given().auth().oauth2(token).get(INBOX).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-a-practitioner"));
    }
}
