package no.legekontor.portal.appointment;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.shared.event.AppointmentNoticeReceived;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/** The portal's side of the clinic's appointment notices, with the events published by the test. */
@QuarkusTest
class AppointmentNoticeTest {

    @Inject
    EventCodec codec;

    @Test
    void firstNoticeSetsReceivedByClinicAtAndLaterOnesLeaveIt() {
        UUID id = UUID.fromString(booked(KARI, newSlot()));
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        EventEnvelope notice = EventEnvelope.of(new AppointmentNoticeReceived(id, UUID.randomUUID(), first),
                DEMO_CLINIC, id, first);
        publish(notice);
        publish(notice);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                        .body("items.find { it.id == '" + id + "' }.receivedByClinicAt", notNullValue()));
        assertThat(receivedByClinicAt(id).toInstant()).isEqualTo(first.toInstant());

        // A later notice (of the cancellation, say) does not move it; the marker after it proves it was consumed.
        publish(EventEnvelope.of(new AppointmentNoticeReceived(id, UUID.randomUUID(), first.plusHours(1)),
                DEMO_CLINIC, id, first.plusHours(1)));
        UUID marker = UUID.fromString(booked(KARI, newSlot()));
        publish(EventEnvelope.of(new AppointmentNoticeReceived(marker, UUID.randomUUID(), first), DEMO_CLINIC, id,
                first));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                        .body("items.find { it.id == '" + marker + "' }.receivedByClinicAt", notNullValue()));
        assertThat(receivedByClinicAt(id).toInstant()).isEqualTo(first.toInstant());
    }

    private static OffsetDateTime receivedByClinicAt(UUID id) {
        String value = asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .extract().path("items.find { it.id == '" + id + "' }.receivedByClinicAt");
        return OffsetDateTime.parse(value);
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }
}
