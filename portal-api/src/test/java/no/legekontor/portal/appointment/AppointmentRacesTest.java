package no.legekontor.portal.appointment;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.Race;
import no.legekontor.portal.conversation.InboxEventHandler;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.AppointmentNoticeReceived;
import no.legekontor.shared.event.EventEnvelope;
import org.junit.jupiter.api.Test;

/**
 * A patient cancels while the clinic's side acts on the same appointment (issue 17): the clinic's
 * notice of the booking coming back, or the clinic system recording attendance. Each pair starts
 * together on a barrier {@value Race#ROUNDS} times; a cancellation that answered 200 must stay.
 */
@QuarkusTest
class AppointmentRacesTest {

    @Inject
    InboxEventHandler handler;

    @Inject
    EntityManager em;

    @Test
    void aCancellationAndTheClinicsNoticeOfTheBookingAtOnceKeepBoth() {
        String patient = Accounts.registerReadyAdult("Avbestiller Anders");
        String slot = newSlot();
        for (int round = 0; round < Race.ROUNDS; round++) {
            UUID id = UUID.fromString(booked(patient, slot));
            OffsetDateTime receivedAt = OffsetDateTime.now(BusinessCalendar.OSLO).truncatedTo(ChronoUnit.MICROS);
            EventEnvelope notice = EventEnvelope.of(new AppointmentNoticeReceived(id, UUID.randomUUID(), receivedAt),
                    DEMO_CLINIC, id, receivedAt);

            var outcomes = Race.run(() -> asPatient(patient).delete("/api/v1/appointments/" + id).then().extract(),
                    Race.action(() -> handler.handle(List.of(notice))), Race.HTTP_HEAD_START);
            assertThat(Race.errors(outcomes)).isEmpty();
            assertThat(outcomes.first().get().statusCode()).isEqualTo(200);

            Appointment after = reload(id);
            assertThat(after.status).as("the cancellation stays").isEqualTo(Appointment.Status.CANCELLED);
            assertThat(after.cancelledAt).isNotNull();
            assertThat(after.receivedByClinicAt).isEqualTo(receivedAt.toInstant());
        }
    }

    @Test
    void aCancellationAndAttendanceAtOnceAreAppliedOneAfterTheOther() {
        String patient = Accounts.registerReadyAdult("Oppmøte Olga");
        String slot = newSlot();
        for (int round = 0; round < Race.ROUNDS; round++) {
            UUID id = UUID.fromString(booked(patient, slot));

            var outcomes = Race.run(() -> asPatient(patient).delete("/api/v1/appointments/" + id).then().extract(),
                    () -> given().auth().oauth2(DevTokens.integration(DEMO_CLINIC)).contentType(ContentType.JSON)
                            .body(Map.of("attended", true))
                            .post("/api/v1/integration/appointments/" + id + "/attendance").then().extract(),
                    Race.HTTP_HEAD_START);
            assertThat(Race.errors(outcomes)).isEmpty();
            int cancel = outcomes.first().get().statusCode();
            int attendance = outcomes.second().get().statusCode();
            assertThat(cancel).isEqualTo(200);
            assertThat(attendance).isIn(200, 409);

            Appointment after = reload(id);
            assertThat(after.status).as("the cancellation stays").isEqualTo(Appointment.Status.CANCELLED);
            assertThat(after.cancelledAt).isNotNull();
            assertThat(after.attended).isEqualTo(attendance == 200 ? Boolean.TRUE : null);
            assertThat(invoices(id)).isEqualTo(attendance == 200 ? 1 : 0);
        }
    }

    private static Appointment reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Appointment.<Appointment>findById(id));
    }

    private long invoices(UUID appointment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from invoice where appointment_id = ?1").setParameter(1, appointment)
                .getSingleResult()).longValue());
    }
}
