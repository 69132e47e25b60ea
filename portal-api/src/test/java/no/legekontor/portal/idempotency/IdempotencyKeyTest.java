package no.legekontor.portal.idempotency;

import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.Race;
import no.legekontor.portal.client.model.ClinicSlot;
import no.legekontor.portal.client.model.SlotUpsert;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.Schedule;
import no.legekontor.support.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on the operations that create (issue 20): a retry answers the first answer and
 * writes nothing, another request with the key is refused, and two identical requests at once
 * make one conversation. Against the real PostgreSQL, through HTTP.
 */
@QuarkusTest
class IdempotencyKeyTest {

    static final String KEY = "Idempotency-Key";
    static final Map<String, Object> RASH = econsultation("Utslett", "Kløende utslett på armen i to uker.");

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource database;

    @Inject
    IdempotencyKeys keys;

    @Test
    void aRetriedEConsultationAnswersTheFirstAnswerAndCreatesNothing() {
        String patient = Accounts.registerReadyAdult("Dobbel Sending");
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = submit(patient, key, RASH).statusCode(201).extract();
        ExtractableResponse<Response> retry = submit(patient, key, RASH).statusCode(201).extract();

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.asString()).as("the first answer, as it was sent (no field without a value)")
                .isEqualTo(first.asString());
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.<String>path("replyDueBy")).isEqualTo(first.path("replyDueBy"));
        assertThat(conversations(patient)).as("one conversation, and with it one event for the clinic").isEqualTo(1);
    }

    @Test
    void aRetriedBookingAnswersTheFirstAnswerAsItWasSentWithNoFieldWithoutAValue() {
        String patient = Accounts.registerReadyAdult("Dobbel Booking");
        Map<String, Object> booking = Map.of("slotId", Schedule.newSlot(), "reason", "Kontroll", "urgent", false);
        String key = UUID.randomUUID().toString();
        String first = asPatient(patient).header(KEY, key).body(booking).post("/api/v1/appointments").then()
                .statusCode(201).extract().asString();
        String retry = asPatient(patient).header(KEY, key).body(booking).post("/api/v1/appointments").then()
                .statusCode(201).extract().asString();

        assertThat(first).as("a new appointment has no cancelledAt or attended yet").doesNotContain("null");
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void theKeyInQuotesAsTheDraftWritesItIsTheSameKey() {
        String patient = Accounts.registerReadyAdult("Sitat Tegn");
        String key = UUID.randomUUID().toString();
        String id = submit(patient, key, RASH).statusCode(201).extract().path("id");
        submit(patient, "\"" + key + "\"", RASH).statusCode(201).body("id", equalTo(id));
        assertThat(conversations(patient)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String patient = Accounts.registerReadyAdult("Annen Tekst");
        String key = UUID.randomUUID().toString();
        submit(patient, key, RASH).statusCode(201);
        submit(patient, key, econsultation("Hoste", "Hoster om natten."))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        asPatient(patient).header(KEY, key).body(Map.of("body", "Et annet sted")).post("/api/v1/messages").then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(conversations(patient)).isEqualTo(1);
    }

    @Test
    void aKeyIsPerCaller() {
        String one = Accounts.registerReadyAdult("Nøkkel En");
        String other = Accounts.registerReadyAdult("Nøkkel To");
        String key = UUID.randomUUID().toString();
        String first = submit(one, key, RASH).statusCode(201).extract().path("id");
        String second = submit(other, key, RASH).statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(conversations(other)).isEqualTo(1);
    }

    @Test
    void aRequestThatFailedKeepsNoKey() {
        String patient = Accounts.registerReadyAdult("Feil Først");
        String key = UUID.randomUUID().toString();
        submit(patient, key, Map.of("subject", "Utslett", "body", "Kløe.", "acceptFee", false, "confirmNotUrgent", true))
                .statusCode(422)
                .body("type", endsWith("/fee-not-accepted"));
        submit(patient, key, RASH).statusCode(201);
        assertThat(conversations(patient)).isEqualTo(1);
    }

    @Test
    void aKeyWhoseRequestIsStillRunningIsInUse() throws Exception {
        String patient = Accounts.registerReadyAdult("Venter Fortsatt");
        String key = UUID.randomUUID().toString();
        UUID id = patientId(patient);
        try (Connection running = database.getConnection()) {
            running.setAutoCommit(false);
            try (PreparedStatement lock = running.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "idempotency patient " + id + " for " + id + " " + key);
                lock.execute();
            }
            submit(patient, key, RASH)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/idempotency-key-in-use"));
            running.rollback();
        }
        submit(patient, key, RASH).statusCode(201);
        assertThat(conversations(patient)).isEqualTo(1);
    }

    @Test
    void twoIdenticalRequestsAtOnceMakeOneConversation() {
        String patient = Accounts.registerReadyAdult("Samtidig Dobbel");
        for (int round = 0; round < Race.ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            var outcomes = Race.run(() -> submit(patient, key, RASH).extract(), () -> submit(patient, key, RASH).extract());
            assertThat(Race.errors(outcomes)).isEmpty();
            List<ExtractableResponse<Response>> answers = List.of(outcomes.first().get(), outcomes.second().get());
            assertThat(answers).extracting(ExtractableResponse::statusCode).allMatch(s -> s == 201 || s == 409)
                    .contains(201);
            assertThat(answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("id")).distinct())
                    .hasSize(1);
            assertThat(conversations(patient)).as("round %d", round).isEqualTo(round + 1);
        }
    }

    @Test
    void afterTheRetentionTheKeyIsForgottenAndPurged() {
        String patient = Accounts.registerReadyAdult("Gammel Nøkkel");
        String key = UUID.randomUUID().toString();
        String first = submit(patient, key, RASH).statusCode(201).extract().path("id");
        age(key, Duration.ofHours(25));
        String second = submit(patient, key, RASH).statusCode(201).extract().path("id");
        assertThat(second).as("a new request").isNotEqualTo(first);
        assertThat(conversations(patient)).isEqualTo(2);

        age(key, Duration.ofHours(25));
        keys.purge();
        assertThat(keyRows(key)).isZero();
    }

    @Test
    void anInvalidKeyIsRefusedBeforeAnythingIsWritten() {
        String patient = Accounts.registerReadyAdult("Lang Nøkkel");
        submit(patient, "k".repeat(256), RASH)
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo(KEY));
        assertThat(conversations(patient)).isZero();
    }

    @Test
    void aClinicSystemsRetriedUpsertAnswersTheFirstCreatedThroughTheGeneratedClient() throws Exception {
        var start = Schedule.nextStart();
        SlotUpsert slot = new SlotUpsert().externalId("idem-" + UUID.randomUUID()).gpHpr(Demo.LISE_BERG_HPR)
                .start(start).end(start.plusMinutes(20)).onlineBookable(true);
        String key = UUID.randomUUID().toString();
        var integration = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
        var first = integration.upsertSlotWithHttpInfo(slot, key);
        var retry = integration.upsertSlotWithHttpInfo(slot, key);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getStatusCode()).as("the first answer, not the 200 of an update").isEqualTo(201);
        ClinicSlot created = retry.getData();
        assertThat(created.getId()).isEqualTo(first.getData().getId());
        assertThat(retry.getHeaders().get("location")).isEqualTo(first.getHeaders().get("location"));
        assertThat(integration.upsertSlotWithHttpInfo(slot, null).getStatusCode()).as("without a key: an update")
                .isEqualTo(200);
    }

    private static ValidatableResponse submit(String patient, String key, Map<String, Object> body) {
        return asPatient(patient).header(KEY, key).body(body).post("/api/v1/e-consultations").then();
    }

    private UUID patientId(String nationalId) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from patient where national_id = ?1").setParameter(1, nationalId).getSingleResult());
    }

    private long conversations(String nationalId) {
        return count("select count(*) from conversation c join patient p on p.id = c.patient_id"
                + " where p.national_id = ?1", nationalId);
    }

    private long keyRows(String key) {
        return count("select count(*) from idempotency_key where key = ?1", key);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private void age(String key, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update idempotency_key set created_at = created_at - make_interval(secs => ?2) where key = ?1")
                .setParameter(1, key).setParameter(2, (double) by.toSeconds()).executeUpdate());
    }
}
