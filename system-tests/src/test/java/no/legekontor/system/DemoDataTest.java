package no.legekontor.system;

import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.devtools.Demo.PER;
import static no.legekontor.system.SystemCalls.portal;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A system started on new databases (as {@code ./portal reset} leaves it) holds exactly the demo
 * people that docs/rules.md lists, as the patients see them. It runs before anything else of the
 * module ({@code @Order(0)}; the README walk-through is next) on the system they then share.
 */
@Order(0)
@Tag("stack")
class DemoDataTest {

    @Test
    void kariHasExactlyHerDocumentedRecordsAndIsGuardianOfEmmaAndJonas() {
        String kari = DevTokens.patient(KARI);
        JsonPath me = get(kari, "/api/v1/me");
        assertThat(me.getString("name")).isEqualTo("Kari Nordmann");
        assertThat(me.getString("access.level")).isEqualTo("FULL");
        assertThat(me.getBoolean("profile.confirmed")).isTrue();
        assertThat(me.getString("clinic.name")).isEqualTo("Demo Legesenter");
        assertThat(me.getList("children.name", String.class)).as("registered as guardian of")
                .containsExactlyInAnyOrder("Emma Nordmann", "Jonas Nordmann");
        assertThat(me.getList("children.findAll { it.active }.name", String.class)).as("acts for")
                .containsExactly("Emma Nordmann");

        List<String> prescriptions = get(kari, "/api/v1/prescriptions").getList("items.status", String.class);
        assertThat(prescriptions).containsExactlyInAnyOrder("ACTIVE", "ACTIVE", "EXPIRED");
        assertThat(get(kari, "/api/v1/vaccinations").getList("items")).hasSize(3);
        assertThat(get(kari, "/api/v1/sick-notes").getList("items.status", String.class)).containsExactly("ACTIVE");
        assertThat(get(kari, "/api/v1/invoices").getList("items.service", String.class))
                .containsExactly("CONSULTATION");
        assertThat(get(kari, "/api/v1/conversations").getList("items")).isEmpty();
    }

    @Test
    void theOtherDemoPeopleAreAsDocumented() {
        assertThat(get(DevTokens.patient(OLA), "/api/v1/me").getString("access.level")).isEqualTo("BASIS");
        JsonPath per = get(DevTokens.patient(PER), "/api/v1/me");
        assertThat(per.getString("access.level")).isEqualTo("FULL");
        assertThat(per.getBoolean("profile.confirmed")).as("Per's profile, confirmed 19 months ago").isFalse();
        assertThat(get(DevTokens.patient(EMMA), "/api/v1/me").getString("clinic.name")).isEqualTo("Demo Legesenter");
        JsonPath ingrid = get(DevTokens.patient(INGRID), "/api/v1/me");
        assertThat(ingrid.getString("clinic.name")).isEqualTo("Fjord Legekontor");
        assertThat(ingrid.getString("access.level")).isEqualTo("FULL");
        assertThat(get(DevTokens.patient(KARI), "/api/v1/appointments/slots").getList("items"))
                .as("Lise Berg's free slots").isNotEmpty();
    }

    private static JsonPath get(String token, String path) {
        return portal(token).get(path).then().statusCode(200).extract().jsonPath();
    }
}
