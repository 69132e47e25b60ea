package no.legekontor.portal.audit;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.client.model.AttendanceRequest;
import no.legekontor.portal.client.model.StoredPrescription;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.portal.support.Schedule;
import no.legekontor.devtools.TestClock;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventType;
import no.legekontor.shared.event.ItemsViewed;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The access log (issue 10): every read and change of a person's data by the person, a guardian,
 * clinic staff (ItemsViewed over the real broker) or a clinic system shows in the person's
 * {@code GET /audit-log}, newest first, and nothing changes or removes an entry.
 */
@QuarkusTest
class AccessLogTest {

    /** Kari's Levaxin prescription in the demo data, issued by Demo Legesenter. */
    static final UUID KARIS_LEVAXIN = UUID.fromString("00000000-0000-4000-a000-000000000001");

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Test
    void kariReadingHerPrescriptionsShowsInHerLogAsOneEntryForThePage() {
        Instant start = now();
        asPatient(KARI).get("/api/v1/prescriptions").then().statusCode(200);

        List<Map<String, Object>> entries = logSince(asPatient(KARI), start, "prescription.listed");
        assertThat(entries).as("one entry for the page, not one per prescription").hasSize(1);
        Map<String, Object> entry = entries.get(0);
        assertThat(entry.get("who")).isEqualTo("deg");
        assertThat(entry).containsEntry("resourceType", "prescription").doesNotContainKey("onBehalfOf");
        assertThat(actor(entry)).containsEntry("kind", "SELF").containsEntry("name", "Kari Nordmann");
    }

    @Test
    void everyReadOfKarisDataIsLoggedNewestFirst() {
        // A person of her own: Kari's views in other tests of the last 10 minutes would count in older entries.
        String kari = Accounts.registerReadyAdult("Kari Lesende");
        Instant start = now();
        List<String> reads = List.of("/api/v1/me", "/api/v1/conversations", "/api/v1/prescriptions",
                "/api/v1/vaccinations", "/api/v1/sick-notes", "/api/v1/appointments", "/api/v1/invoices",
                "/api/v1/notifications");
        reads.forEach(path -> asPatient(kari).get(path).then().statusCode(200));
        String conversation = submitEConsultation(kari);
        asPatient(kari).get("/api/v1/conversations/" + conversation).then().statusCode(200);

        List<Map<String, Object>> entries = logSince(asPatient(kari), start, null);
        assertThat(entries).extracting(e -> e.get("action")).containsSubsequence("conversation.read",
                "request.submitted", "notification.listed", "invoice.listed", "appointment.listed",
                "sick-note.listed", "vaccination.listed", "prescription.listed", "conversation.listed", "patient.read");
        assertThat(entries).filteredOn(e -> "conversation.read".equals(e.get("action")))
                .extracting(e -> e.get("resourceId")).containsExactly(conversation);
        List<OffsetDateTime> times = entries.stream().map(e -> OffsetDateTime.parse((String) e.get("occurredAt")))
                .toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aGuardiansReadOfEmmasDataShowsInEmmasLogAsTheGuardians() {
        Instant start = now();
        onBehalfOfEmma().get("/api/v1/vaccinations").then().statusCode(200);

        List<Map<String, Object>> emmas = logSince(onBehalfOfEmma(), start, "vaccination.listed");
        assertThat(emmas).hasSize(1);
        assertThat(emmas.get(0)).containsEntry("who", "Kari Nordmann").containsEntry("onBehalfOf", "Emma Nordmann");
        assertThat(actor(emmas.get(0))).containsEntry("kind", "GUARDIAN").containsEntry("name", "Kari Nordmann");
        assertThat(logSince(asPatient(KARI), start, "vaccination.listed")).as("not in Kari's own log").isEmpty();
    }

    @Test
    void liseBergOpeningKarisRequestShowsInHerLogOnceAlsoWhenTheEventIsDeliveredTwice() {
        UUID conversation = UUID.fromString(submitEConsultation(KARI));
        UUID item = UUID.randomUUID();
        OffsetDateTime opened = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        EventEnvelope open = viewed(ItemsViewed.View.ITEM, item, conversation, opened).envelope(DEMO_CLINIC);
        publish(open);
        publish(open);
        // A list view on the same key after both copies: once it shows, both were consumed.
        ItemsViewed listed = viewed(ItemsViewed.View.LIST, item, conversation, opened.plusSeconds(1));
        EventType type = EventType.ITEMS_VIEWED;
        publish(new EventEnvelope(UUID.randomUUID(), type.wireName(), type.schemaVersion(), listed.viewedAt(),
                DEMO_CLINIC, open.aggregateId(), listed));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !entriesAbout(conversation, "conversation.listed").isEmpty());

        List<Map<String, Object>> reads = entriesAbout(conversation, "conversation.read");
        assertThat(reads).as("one entry for two deliveries").hasSize(1);
        Map<String, Object> read = reads.get(0);
        assertThat(read).containsEntry("who", "Lise Berg, lege").containsEntry("resourceType", "conversation");
        assertThat(OffsetDateTime.parse((String) read.get("occurredAt"))).isEqualTo(opened);
        assertThat(actor(read)).containsEntry("kind", "STAFF").containsEntry("name", Demo.LISE_BERG)
                .containsEntry("role", "gp").containsEntry("hprNumber", Demo.LISE_BERG_HPR);
    }

    @Test
    void aClinicSystemsReadOfKarisPrescriptionShowsInHerLog() throws Exception {
        Instant start = now();
        StoredPrescription read = ClinicSystem.of(DEMO_CLINIC).integration().getPrescription(KARIS_LEVAXIN);
        assertThat(read.getId()).isEqualTo(KARIS_LEVAXIN);

        List<Map<String, Object>> entries = logSince(asPatient(KARI), start, "prescription.read");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("who", "Demo Legesenter")
                .containsEntry("resourceId", KARIS_LEVAXIN.toString());
        assertThat(actor(entries.get(0))).containsEntry("kind", "CLINIC_SYSTEM").containsEntry("orgNumber", DEMO_CLINIC);
    }

    @Test
    void identicalViewsWithinTenMinutesAreOneEntryWithACount() {
        String tone = Accounts.registerReadyAdult("Titt Tone");
        for (int i = 0; i < 5; i++) {
            asPatient(tone).get("/api/v1/prescriptions").then().statusCode(200);
        }
        List<Map<String, Object>> listed = entries(asPatient(tone), "prescription.listed");
        assertThat(listed).singleElement().satisfies(e -> assertThat(e).containsEntry("count", 5)
                .containsKey("lastOccurredAt"));

        clock.standAt(LocalDateTime.now(BusinessCalendar.OSLO).plusMinutes(11).toString());
        try {
            asPatient(tone).get("/api/v1/prescriptions").then().statusCode(200);
        } finally {
            clock.reset();
        }
        assertThat(entries(asPatient(tone), "prescription.listed")).extracting(e -> e.get("count"))
                .containsExactly(1, 5);
    }

    @Test
    void staffPagingTheInboxListAgainAndAgainIsOneEntryPerRequest() {
        String tone = Accounts.registerReadyAdult("Flom Frida");
        UUID conversation = UUID.fromString(submitEConsultation(tone));
        UUID item = UUID.randomUUID();
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            EventEnvelope listed = viewed(ItemsViewed.View.LIST, item, conversation, first.plusSeconds(i))
                    .envelope(DEMO_CLINIC);
            publish(listed);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(asPatient(tone), "conversation.listed").stream()
                .anyMatch(e -> Integer.valueOf(4).equals(e.get("count"))));
        assertThat(entries(asPatient(tone), "conversation.listed")).hasSize(1);
    }

    @Test
    void aRepeatedPaymentCallIsInTheLogAsTheClinicSystemsRead() throws Exception {
        String tone = Accounts.registerReadyAdult("Betaler Bodil");
        var integration = ClinicSystem.of(DEMO_CLINIC).integration();
        UUID appointment = UUID.fromString(Schedule.booked(tone, Schedule.newSlot()));
        integration.recordAttendance(appointment, new AttendanceRequest().attended(true));
        String invoice = asPatient(tone).get("/api/v1/invoices").then().statusCode(200).extract().path("items[0].id");
        integration.markInvoicePaid(UUID.fromString(invoice));
        integration.markInvoicePaid(UUID.fromString(invoice));
        integration.markInvoicePaid(UUID.fromString(invoice));

        assertThat(entries(asPatient(tone), "invoice.paid")).hasSize(1);
        assertThat(entries(asPatient(tone), "invoice.read")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("who", "Demo Legesenter").containsEntry("count", 2)
                        .containsEntry("resourceId", invoice));
    }

    @Test
    void theLogIsPagedByPositionNewestFirst() {
        String tone = Accounts.registerReadyAdult("Side Sigrid");
        for (String path : List.of("/api/v1/prescriptions", "/api/v1/vaccinations", "/api/v1/sick-notes",
                "/api/v1/invoices")) {
            asPatient(tone).get(path).then().statusCode(200);
        }
        List<Map<String, Object>> all = entries(asPatient(tone), null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);

        List<Map<String, Object>> paged = new java.util.ArrayList<>();
        String after = null;
        int page = 0;
        do {
            RequestSpecification request = asPatient(tone).queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var answer = request.get("/api/v1/audit-log").then().statusCode(200)
                    .body("page", org.hamcrest.Matchers.equalTo(page))
                    .body("size", org.hamcrest.Matchers.equalTo(2))
                    .body("total", org.hamcrest.Matchers.equalTo(all.size()))
                    .extract();
            paged.addAll(answer.path("items"));
            after = answer.path("next");
            page++;
        } while (after != null);
        assertThat(paged).isEqualTo(all);
        assertThat(page).isEqualTo((all.size() + 1) / 2);

        asPatient(tone).queryParam("after", "bm90LWEtcG9zaXRpb24").get("/api/v1/audit-log").then().statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("after"));
    }

    @Test
    void noApiChangesOrDeletesTheLog() {
        asPatient(KARI).get("/api/v1/prescriptions").then().statusCode(200);
        asPatient(KARI).body(Map.of("action", "nothing")).put("/api/v1/audit-log").then().statusCode(405);
        asPatient(KARI).body(Map.of("action", "nothing")).post("/api/v1/audit-log").then().statusCode(405);
        asPatient(KARI).body(Map.of("action", "nothing")).patch("/api/v1/audit-log").then().statusCode(405);
        asPatient(KARI).delete("/api/v1/audit-log").then().statusCode(405);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        asPatient(KARI).get("/api/v1/prescriptions").then().statusCode(200);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_event set action = 'nothing' where action = 'prescription.listed'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_event where action = 'prescription.listed'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void anotherPatientCannotReadKarisLog() {
        String conversation = submitEConsultation(KARI);
        asPatient(KARI).get("/api/v1/conversations/" + conversation).then().statusCode(200);

        asPatient(INGRID).header("On-Behalf-Of", KARI).get("/api/v1/audit-log").then()
                .statusCode(403)
                .body("type", endsWith("/not-representing"));
        List<Map<String, Object>> ingrids = asPatient(INGRID).queryParam("size", 100).get("/api/v1/audit-log").then()
                .statusCode(200).extract().path("items");
        assertThat(ingrids).noneMatch(e -> conversation.equals(e.get("resourceId")));
        assertThat(ingrids).allSatisfy(e -> assertThat(e.get("who")).isNotEqualTo("Kari Nordmann"));
    }

    private static ItemsViewed viewed(ItemsViewed.View view, UUID item, UUID conversation, OffsetDateTime at) {
        return new ItemsViewed(view, List.of(new ItemsViewed.Seen(item, conversation, null)), Demo.LISE_BERG_HPR,
                Demo.LISE_BERG, "gp", at);
    }

    private static List<Map<String, Object>> entriesAbout(UUID conversation, String action) {
        List<Map<String, Object>> items = asPatient(KARI).queryParam("size", 100).get("/api/v1/audit-log").then()
                .statusCode(200).extract().path("items");
        return items.stream()
                .filter(e -> conversation.toString().equals(e.get("resourceId")) && action.equals(e.get("action")))
                .toList();
    }

    /** The caller's log's newest 100 entries, of one action or all. */
    private static List<Map<String, Object>> entries(RequestSpecification caller, String action) {
        List<Map<String, Object>> items = caller.queryParam("size", 100).get("/api/v1/audit-log").then()
                .statusCode(200).extract().path("items");
        return items.stream().filter(e -> action == null || action.equals(e.get("action"))).toList();
    }

    /**
     * The newest entries of the caller's log seen from {@code since} on (an entry that counts
     * repeated views was last seen then), of one action or all.
     */
    private static List<Map<String, Object>> logSince(RequestSpecification caller, Instant since, String action) {
        List<Map<String, Object>> items = caller.queryParam("size", 100).get("/api/v1/audit-log").then()
                .statusCode(200).extract().path("items");
        return items.stream()
                .filter(e -> !OffsetDateTime.parse((String) e.getOrDefault("lastOccurredAt", e.get("occurredAt")))
                        .toInstant().isBefore(since))
                .filter(e -> action == null || action.equals(e.get("action")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> actor(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("actor");
    }

    private static RequestSpecification onBehalfOfEmma() {
        return asPatient(KARI).header("On-Behalf-Of", EMMA);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }
}
