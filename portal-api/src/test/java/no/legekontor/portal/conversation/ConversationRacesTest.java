package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Race;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.ItemState;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestReceived;
import org.junit.jupiter.api.Test;

/**
 * The patient's conversation follows the clinic's latest state (issue 17), also when the patient
 * writes again while the clinic's events are on their way. The clinic's events are handed to the
 * handler as the consumer hands them; the patient's follow-up goes through the API. Races run
 * {@value Race#ROUNDS} times on a barrier and check the final state each time.
 */
@QuarkusTest
class ConversationRacesTest {

    @Inject
    InboxEventHandler handler;

    @Test
    void aReplyThatCrossesAFollowUpLeavesTheFollowUpWaitingWithItsDeadline() {
        String patient = Accounts.registerReadyAdult("Kryss Svar");
        for (int round = 0; round < Race.ROUNDS; round++) {
            UUID id = UUID.fromString(submitEConsultation(patient));
            OffsetDateTime firstDue = received(id, 1, ItemState.Status.OPEN, 1);

            var outcomes = Race.run(() -> followUp(patient, id),
                    Race.action(() -> apply(id, reply(id, new ItemState(2, ItemState.Status.ANSWERED, firstDue, null,
                            false, 1)))), Race.HTTP_HEAD_START);
            ExtractableResponse<Response> followedUp = outcomes.first().get();
            assertThat(Race.errors(outcomes)).isEmpty();
            assertThat(followedUp.statusCode()).isEqualTo(201);
            OffsetDateTime newDue = OffsetDateTime.parse(followedUp.path("replyDueBy"));

            Conversation after = reload(id);
            assertThat(after.status).as("waits for the clinic to get the follow-up").isEqualTo(Conversation.Status.SUBMITTED);
            assertThat(after.replyDueBy).isEqualTo(newDue.toInstant());
            assertThat(after.patientMessages).isEqualTo(2);
            assertThat(messages(id)).isEqualTo(3);

            received(id, 3, ItemState.Status.OPEN, 2, newDue);
            assertThat(reload(id).status).isEqualTo(Conversation.Status.RECEIVED);
            assertThat(reload(id).replyDueBy).isEqualTo(newDue.toInstant());
        }
    }

    @Test
    void aFollowUpAndTheClinicsFirstOpeningAtOnceKeepBoth() {
        String patient = Accounts.registerReadyAdult("Lest Samtidig");
        for (int round = 0; round < Race.ROUNDS; round++) {
            UUID id = UUID.fromString(submitEConsultation(patient));
            OffsetDateTime due = received(id, 1, ItemState.Status.OPEN, 1);
            apply(id, reply(id, new ItemState(2, ItemState.Status.ANSWERED, due, null, false, 1)));
            OffsetDateTime readAt = now();

            var outcomes = Race.run(() -> followUp(patient, id),
                    Race.action(() -> apply(id, new ItemRead(id, UUID.randomUUID(), readAt))), Race.HTTP_HEAD_START);
            assertThat(Race.errors(outcomes)).isEmpty();
            assertThat(outcomes.first().get().statusCode()).isEqualTo(201);

            Conversation after = reload(id);
            assertThat(after.readByClinicAt).isEqualTo(readAt.toInstant());
            assertThat(after.status).isEqualTo(Conversation.Status.SUBMITTED);
            assertThat(after.replyDueBy).isEqualTo(OffsetDateTime.parse(outcomes.first().get().path("replyDueBy"))
                    .toInstant());
        }
    }

    @Test
    void anOlderStateArrivingLateIsNotApplied() {
        UUID id = UUID.fromString(submitEConsultation(Accounts.registerReadyAdult("Sen Hendelse")));
        OffsetDateTime due = received(id, 1, ItemState.Status.OPEN, 1);
        apply(id, new ItemClosed(id, UUID.randomUUID(), now(), new ItemState(3, ItemState.Status.CLOSED, due, null,
                false, 1)));
        apply(id, reply(id, new ItemState(2, ItemState.Status.ANSWERED, due, null, false, 1)));
        apply(id, new RequestReceived(id, UUID.randomUUID(), now(), due,
                new ItemState(1, ItemState.Status.OPEN, due, null, false, 1)));

        Conversation after = reload(id);
        assertThat(after.status).isEqualTo(Conversation.Status.CLOSED);
        assertThat(after.clinicRevision).isEqualTo(3);
        assertThat(messages(id)).as("the late reply is still shown").isEqualTo(2);
    }

    @Test
    void aFollowUpThatCrossesACloseEndsClosedOnceTheClinicHasIt() {
        String patient = Accounts.registerReadyAdult("Kryss Lukking");
        UUID id = UUID.fromString(submitEConsultation(patient));
        OffsetDateTime due = received(id, 1, ItemState.Status.OPEN, 1);
        apply(id, reply(id, new ItemState(2, ItemState.Status.ANSWERED, due, null, false, 1)));
        OffsetDateTime newDue = OffsetDateTime.parse(followUp(patient, id).path("replyDueBy"));

        apply(id, new ItemClosed(id, UUID.randomUUID(), now(), new ItemState(3, ItemState.Status.CLOSED, due, null,
                false, 1)));
        assertThat(reload(id).status).as("the clinic has not seen the follow-up yet")
                .isEqualTo(Conversation.Status.SUBMITTED);

        received(id, 4, ItemState.Status.CLOSED, 2, newDue);
        assertThat(reload(id).status).isEqualTo(Conversation.Status.CLOSED);
    }

    @Test
    void eventsWithoutStateFromAnOlderReleaseStillMoveTheConversationForward() {
        UUID id = UUID.fromString(submitEConsultation(Accounts.registerReadyAdult("Gammel Versjon")));
        apply(id, new RequestReceived(id, UUID.randomUUID(), now(), now().plusDays(7)));
        assertThat(reload(id).status).isEqualTo(Conversation.Status.RECEIVED);
        apply(id, new ReplyPosted(id, UUID.randomUUID(), "Svar", "Lise Berg", "9100001", "gp", now()));
        assertThat(reload(id).status).isEqualTo(Conversation.Status.ANSWERED);
    }

    private OffsetDateTime received(UUID id, long revision, ItemState.Status status, int patientMessages) {
        OffsetDateTime due = OffsetDateTime.ofInstant(reload(id).replyDueBy, BusinessCalendar.OSLO);
        return received(id, revision, status, patientMessages, due);
    }

    private OffsetDateTime received(UUID id, long revision, ItemState.Status status, int patientMessages,
            OffsetDateTime due) {
        apply(id, new RequestReceived(id, UUID.randomUUID(), now(), due,
                new ItemState(revision, status, due, null, false, patientMessages)));
        return due;
    }

    private static ReplyPosted reply(UUID id, ItemState state) {
        return new ReplyPosted(id, UUID.randomUUID(), "Svar fra legen.", "Lise Berg", "9100001", "gp", now(), state);
    }

    private void apply(UUID conversation, EventPayload payload) {
        handler.handle(List.of(EventEnvelope.of(payload, DEMO_CLINIC, conversation, now())));
    }

    private static ExtractableResponse<Response> followUp(String patient, UUID conversation) {
        return asPatient(patient).body(Map.of("body", "Et tillegg."))
                .post("/api/v1/conversations/" + conversation + "/messages").then().extract();
    }

    private static Conversation reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>findById(id));
    }

    private static long messages(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ConversationMessage.count("conversation.id", id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(BusinessCalendar.OSLO).truncatedTo(ChronoUnit.MICROS);
    }
}
