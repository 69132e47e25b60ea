package no.legekontor.portal.prescription;

import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.ApiResponse;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.PrescriptionRecord;
import no.legekontor.portal.client.model.Problem;
import no.legekontor.portal.client.model.ProblemFieldError;
import no.legekontor.portal.client.model.StoredPrescription;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.Records;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrescriptionTest {

    /** Kari's demo prescriptions (docs/rules.md, the demo people). */
    static final String LEVAXIN = "00000000-0000-4000-a000-000000000001";
    static final String EXPIRED_AMOXICILLIN = "00000000-0000-4000-a000-000000000003";

    @Inject
    BusinessCalendar calendar;

    @Test
    void kariSeesHerActiveAndExpiredPrescriptions() {
        asPatient(KARI).get("/api/v1/prescriptions").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.findAll { it.status == 'ACTIVE' }", hasSize(2))
                .body("items.find { it.id == '" + EXPIRED_AMOXICILLIN + "' }.status", equalTo("EXPIRED"))
                .body("items.find { it.id == '" + LEVAXIN + "' }.prescriber.name", equalTo("Lise Berg"));
    }

    @Test
    void prescriptionPushedByTheClinicSystemIsShownToThePatient() {
        String patient = Accounts.registerReadyAdult("Resept Rita");
        String id = Records.prescription(patient, "Metformin 500 mg tablett", LocalDate.now().plusMonths(6));
        asPatient(patient).get("/api/v1/prescriptions").then()
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].medication", equalTo("Metformin 500 mg tablett"))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].renewalOpen", equalTo(false));
    }

    @Test
    void renewalOpensAConversationWithTheDeadlineAndTellsTheGpWhatToRenew() {
        String patient = Accounts.registerReadyAdult("Fornye Frida");
        String prescription = Records.prescription(patient, "Cetirizin 10 mg tablett", LocalDate.now().plusDays(20));
        var created = asPatient(patient)
                .body(Map.of("prescriptionId", prescription, "comment", "Trenger den til pollensesongen."))
                .post("/api/v1/prescription-renewals").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/conversations/"))
                .body("type", equalTo("PRESCRIPTION_RENEWAL"))
                .body("status", equalTo("SUBMITTED"))
                .body("subject", containsString("Cetirizin"))
                .body("regarding.prescriptionId", equalTo(prescription))
                .body("fee", nullValue())
                .extract();
        String conversation = created.path("id");
        OffsetDateTime createdAt = OffsetDateTime.parse(created.path("createdAt"));
        assertThat(OffsetDateTime.parse(created.path("replyDueBy")))
                .isEqualTo(calendar.replyDueBy(createdAt.toInstant()));

        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> conversation.equals(r.key()), found -> !found.isEmpty(),
                        Duration.ofSeconds(30));
        assertThat(published.get(0).value())
                .contains("\"requestType\":\"PRESCRIPTION_RENEWAL\"")
                .contains("\"medication\":\"Cetirizin 10 mg tablett\"")
                .contains("\"dosage\":\"1 tablett daglig\"");

        asPatient(patient).get("/api/v1/prescriptions").then()
                .body("items[0].renewalOpen", equalTo(true))
                .body("items[0].renewalConversationId", equalTo(conversation));
    }

    @Test
    void secondRenewalOfTheSamePrescriptionWhileTheFirstIsOpenIsADuplicate() {
        String patient = Accounts.registerReadyAdult("Dobbel Dag");
        String prescription = Records.prescription(patient, "Paracet 500 mg", LocalDate.now().plusMonths(2));
        renew(patient, prescription).statusCode(201);
        renew(patient, prescription).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-request"));
    }

    @Test
    void tenRacingRenewalsOfOnePrescriptionOpenExactlyOneConversation() throws Exception {
        String patient = Accounts.registerReadyAdult("Kappløp Kari");
        String prescription = Records.prescription(patient, "Atorvastatin 20 mg", LocalDate.now().plusMonths(3));
        int racers = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Integer> racer = () -> {
                    start.await();
                    return renew(patient, prescription).extract().statusCode();
                };
                answers.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        asPatient(patient).get("/api/v1/conversations").then().body("total", equalTo(1));
    }

    @Test
    void anotherPatientsPrescriptionIsNotFound() {
        renew(Accounts.registerReadyAdult("Nysgjerrig Nils"), LEVAXIN).statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void prescriptionFromThePatientsFormerClinicIsNotRenewableHere() {
        String patient = Accounts.registerReadyAdult("Flytter Fia");
        String prescription = Records.prescription(patient, "Sertralin 50 mg", LocalDate.now().plusMonths(4));
        Accounts.moveTo(patient, Demo.FJORD_CLINIC, Demo.NILS_FJELL_HPR);
        renew(patient, prescription).statusCode(422)
                .body("type", endsWith("/not-renewable"))
                .body("detail", containsString("Fjord Legekontor"));
    }

    @Test
    void patientWithBasisAccessCannotAskForRenewal() {
        String prescription = Records.prescription(OLA, "Ibux 400 mg", LocalDate.now().plusMonths(1));
        renew(OLA, prescription).statusCode(403).body("type", endsWith("/full-access-required"));
    }

    @Test
    void guardianAsksForRenewalOfTheChildsPrescription() {
        String prescription = Records.prescription(EMMA, "Nasonex nesespray", LocalDate.now().plusMonths(5));
        asPatient(KARI).header("On-Behalf-Of", EMMA)
                .body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then()
                .statusCode(201)
                .body("messages[0].author", equalTo("Kari Nordmann"))
                .body("messages[0].body", containsString("Nasonex"));
        asPatient(KARI).header("On-Behalf-Of", EMMA).get("/api/v1/prescriptions").then()
                .body("items.find { it.id == '" + prescription + "' }.renewalOpen", equalTo(true));
        asPatient(KARI).get("/api/v1/prescriptions").then()
                .body("items.find { it.id == '" + prescription + "' }", nullValue());
    }

    @Test
    void clinicSystemUpsertsAPrescriptionByItsOwnId() throws ApiException {
        String patient = Accounts.registerReadyAdult("Upsert Ulla");
        ClinicIntegrationApi demo = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
        PrescriptionRecord record = new PrescriptionRecord().externalId("epj-77").nationalId(patient)
                .medication("Losartan 50 mg").dosage("1 tablett daglig").issuedOn(LocalDate.of(2026, 1, 10))
                .validUntil(LocalDate.of(2027, 1, 10)).prescriberHpr(Demo.LISE_BERG_HPR);
        StoredPrescription first = Records.created(() -> demo.upsertPrescriptionWithHttpInfo(record, null));
        ApiResponse<StoredPrescription> again = demo.upsertPrescriptionWithHttpInfo(record, null);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getData().getId()).isEqualTo(first.getId());
        ApiResponse<StoredPrescription> changed = demo.upsertPrescriptionWithHttpInfo(record.dosage("2 tabletter daglig"), null);
        assertThat(changed.getStatusCode()).isEqualTo(200);
        assertThat(changed.getData().getId()).isEqualTo(first.getId());
        assertThat(changed.getData().getDosage()).isEqualTo("2 tabletter daglig");
        asPatient(patient).get("/api/v1/prescriptions").then().body("total", equalTo(1));
    }

    @Test
    void clinicSystemCannotPushAPrescriptionForAnotherClinicsPatient() {
        PrescriptionRecord record = Records.prescriptionRecord(KARI, "X", LocalDate.of(2026, 12, 31))
                .prescriberHpr(Demo.NILS_FJELL_HPR);
        ClinicSystem.expectProblem(404, "not-found",
                () -> ClinicSystem.of(Demo.FJORD_CLINIC).integration().upsertPrescription(record, null));
    }

    @Test
    void prescriptionValidBeforeItWasIssuedIsRefusedWithTheField() {
        PrescriptionRecord record = Records.prescriptionRecord(KARI, "X", LocalDate.of(2026, 4, 30))
                .issuedOn(LocalDate.of(2026, 5, 1));
        Problem problem = ClinicSystem.expectProblem(400, "validation-failed",
                () -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().upsertPrescription(record, null));
        assertThat(problem.getErrors()).extracting(ProblemFieldError::getField).containsExactly("validUntil");
    }

    @Test
    void patientTokenIsRefusedOnTheIntegrationApi() {
        asPatient(KARI).body(Map.of()).post("/api/v1/integration/prescriptions").then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .post("/api/v1/integration/prescriptions").then().statusCode(401);
    }

    @Test
    void renewalWithoutAPrescriptionIdIsAValidationError() {
        asPatient(KARI).body(Map.of("comment", "x")).post("/api/v1/prescription-renewals").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", notNullValue());
    }

    private static io.restassured.response.ValidatableResponse renew(String patient, String prescription) {
        return asPatient(patient).body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then();
    }
}
