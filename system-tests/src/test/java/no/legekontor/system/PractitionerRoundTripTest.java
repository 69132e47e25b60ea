package no.legekontor.system;

import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 across both services and the broker: the inbox admits a staff member once Demo
 * Legesenter's clinic system has registered them at the portal, and refuses them once it has
 * removed them.
 */
@Tag("stack")
class PractitionerRoundTripTest {

    static final String HPR = "9100091";

    final String clinicSystem = DevTokens.integration(Demo.DEMO_CLINIC);
    final String staffToken = DevTokens.staff(HPR, "gp", Demo.DEMO_CLINIC, "Rund Lege");

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @Test
    void aPractitionerRegisteredAtThePortalIsAdmittedToTheInboxAndRefusedOnceRemoved() {
        refused();
        portal(clinicSystem).body(Map.of("hprNumber", HPR, "name", "Rund Lege", "role", "GP"))
                .post("/api/v1/integration/practitioners").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> status() == 200);

        portal(clinicSystem).delete("/api/v1/integration/practitioners/" + HPR).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> status() == 403);
        refused();
    }

    private int status() {
        return inbox(staffToken).get("/api/v1/inbox").then().extract().statusCode();
    }

    private void refused() {
        inbox(staffToken).get("/api/v1/inbox").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-a-practitioner"));
    }
}
