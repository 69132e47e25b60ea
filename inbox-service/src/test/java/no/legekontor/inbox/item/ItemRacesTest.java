package no.legekontor.inbox.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.Race;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.claim.ClaimService;
import no.legekontor.inbox.close.CloseService;
import no.legekontor.inbox.decision.DecisionRequest;
import no.legekontor.inbox.decision.DecisionService;
import no.legekontor.inbox.intake.PortalRequestHandler;
import no.legekontor.inbox.reply.ReplyService;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.FollowUpSubmitted;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemState;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.shared.event.Topics;
import no.legekontor.shared.identity.OrgNumber;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * Two people acting on one inbox item at the same moment (issue 17): each pair is started together
 * on a barrier, {@value Race#ROUNDS} times, and every round checks the item's final state; at the end,
 * the events sent for each item carry strictly rising revisions, and the last one's state is the
 * item's. With a writer that does not take the item's row lock, a round ends with one change
 * written over the other (a close lost under a reply, a read receipt or a reply's deadline lost
 * under a follow-up).
 */
@QuarkusTest
class ItemRacesTest {

    /** A clinic of its own: the rounds' items stay out of the demo clinic's list, which other tests page through. */
    static final String CLINIC = OrgNumber.withCheckDigit("93000017").orElseThrow().value();
    static final Staff LISE = new Staff(Demo.LISE_BERG_HPR, Demo.LISE_BERG, StaffRole.GP, CLINIC);
    static final Staff ANNE = new Staff(Demo.ANNE_DAHL_HPR, Demo.ANNE_DAHL, StaffRole.OFFICE, CLINIC);
    static final OffsetDateTime FOLLOW_UP_DUE = now().plusDays(9);
    static final Staff OTHER_GP = new Staff("9100003", "Per Lege", StaffRole.GP, CLINIC);

    @Inject
    PortalRequestHandler intake;

    @Inject
    ReplyService replies;

    @Inject
    CloseService closing;

    @Inject
    ClaimService claims;

    @Inject
    DecisionService decisions;

    @Inject
    ReadReceipts receipts;

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Test
    void replyAndCloseAtOnceEndClosedAndKeepTheReplyThatWasAccepted() {
        rounds(RequestType.OFFICE_MESSAGE, item -> {
            var outcomes = Race.run(() -> replies.reply(ANNE, item.id, "Svar fra kontoret."),
                    () -> closing.close(ANNE, item.id));
            assertClosedBy(outcomes);
            assertThat(rows("inbox_reply", item.id)).isEqualTo(outcomes.first().succeeded() ? 1 : 0);
        });
    }

    @Test
    void decisionAndCloseAtOnceEndClosedWithTheDecisionIfItWasAccepted() {
        rounds(RequestType.PRESCRIPTION_RENEWAL, item -> {
            var outcomes = Race.run(
                    () -> decisions.decide(LISE, item.id, new DecisionRequest(DecisionMade.Outcome.APPROVED, null, null)),
                    () -> closing.close(LISE, item.id));
            assertClosedBy(outcomes);
            assertThat(rows("inbox_decision", item.id)).isEqualTo(outcomes.first().succeeded() ? 1 : 0);
        });
    }

    @Test
    void claimAndCloseAtOnceEndClosed() {
        rounds(RequestType.OFFICE_MESSAGE, item -> {
            var outcomes = Race.run(() -> claims.claim(LISE, item.id), () -> closing.close(ANNE, item.id));
            InboxItem after = assertClosedBy(outcomes);
            assertThat(after.assigneeHpr).isEqualTo(outcomes.first().succeeded() ? Demo.LISE_BERG_HPR : null);
        });
    }

    @Test
    void followUpAndCloseAtOnceEndClosedWithTheFollowUpKept() {
        rounds(RequestType.OFFICE_MESSAGE, item -> {
            var outcomes = Race.run(followUp(item), () -> closing.close(ANNE, item.id));
            assertThat(Race.errors(outcomes)).isEmpty();
            InboxItem after = assertClosedBy(outcomes);
            assertThat(after.patientMessages).isEqualTo(2);
            assertThat(rows("inbox_follow_up", item.id)).isEqualTo(1);
        });
    }

    @Test
    void followUpAndReplyAtOnceKeepBothAndTheFollowUpsDeadline() {
        rounds(RequestType.E_CONSULTATION, item -> {
            var outcomes = Race.run(followUp(item), () -> replies.reply(LISE, item.id, "Svar fra legen."));
            assertThat(Race.errors(outcomes)).isEmpty();
            InboxItem after = reload(item.id);
            assertThat(after.replyDueBy).isEqualTo(FOLLOW_UP_DUE.toInstant());
            assertThat(after.patientMessages).isEqualTo(2);
            assertThat(after.revision).isEqualTo(3);
            assertThat(rows("inbox_reply", item.id)).isEqualTo(1);
            assertThat(rows("inbox_follow_up", item.id)).isEqualTo(1);
        });
    }

    @Test
    void followUpAndFirstOpeningAtOnceKeepTheReadReceipt() {
        rounds(RequestType.E_CONSULTATION, item -> {
            var outcomes = Race.run(followUp(item), Race.action(() -> receipts.opened(LISE, item.id)));
            assertThat(Race.errors(outcomes)).isEmpty();
            InboxItem after = reload(item.id);
            assertThat(after.readAt).as("the read receipt").isNotNull();
            assertThat(after.status).isEqualTo(InboxItem.Status.OPEN);
            assertThat(after.replyDueBy).isEqualTo(FOLLOW_UP_DUE.toInstant());
        });
    }

    @Test
    void twoGpsAnsweringAtOnceBothReachThePatientInOrder() {
        rounds(RequestType.E_CONSULTATION, item -> {
            var outcomes = Race.run(() -> replies.reply(LISE, item.id, "Første svar."),
                    () -> replies.reply(OTHER_GP, item.id, "Andre svar."));
            assertThat(Race.errors(outcomes)).isEmpty();
            InboxItem after = reload(item.id);
            assertThat(after.status).isEqualTo(InboxItem.Status.ANSWERED);
            assertThat(after.revision).isEqualTo(3);
            assertThat(rows("inbox_reply", item.id)).isEqualTo(2);
        });
    }

    /** {@value Race#ROUNDS} rounds, each on a new item of the type; then the events of them all are checked. */
    private void rounds(RequestType type, Consumer<InboxItem> round) {
        List<UUID> conversations = new ArrayList<>();
        for (int i = 0; i < Race.ROUNDS; i++) {
            InboxItem item = arrived(type, type == RequestType.PRESCRIPTION_RENEWAL ? prescription() : null);
            conversations.add(item.conversationId);
            round.accept(item);
        }
        assertEventsFollowTheItems(conversations);
    }

    /**
     * The close (the second side) answered 200, so the item is closed whatever the first side did;
     * a first side that failed was refused because the item was closed already.
     */
    private InboxItem assertClosedBy(Race.Outcomes<?, InboxViews.Item> outcomes) {
        assertThat(outcomes.second().succeeded()).as("the close answers 200").isTrue();
        if (!outcomes.first().succeeded()) {
            assertThat(outcomes.first().error()).isInstanceOf(ItemIsClosed.class);
        }
        InboxItem after = reload(outcomes.second().get().id());
        assertThat(after.status).isEqualTo(InboxItem.Status.CLOSED);
        assertThat(after.closedAt).isNotNull();
        return after;
    }

    /**
     * Every item's events carry strictly rising revisions in the order they were published, and the
     * state in the last one is the item's own: the portal, applying only newer revisions, ends where
     * the clinic is.
     */
    private void assertEventsFollowTheItems(List<UUID> conversations) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue()) == 0);
        Set<String> keys = conversations.stream().map(UUID::toString).collect(Collectors.toSet());
        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readAll(Topics.INBOX_EVENTS, r -> keys.contains(r.key()));
        Map<UUID, List<ItemState>> states = new HashMap<>();
        for (TopicClient.Received record : published) {
            EventEnvelope event = codec.decode(record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ItemState state = stateIn(event);
            if (state != null) {
                states.computeIfAbsent(event.aggregateId(), k -> new ArrayList<>()).add(state);
            }
        }
        for (UUID conversation : conversations) {
            List<ItemState> sent = states.getOrDefault(conversation, List.of());
            assertThat(sent).as("events with the item's state for %s", conversation).isNotEmpty();
            for (int i = 1; i < sent.size(); i++) {
                assertThat(sent.get(i).revision()).as("revisions rise").isGreaterThan(sent.get(i - 1).revision());
            }
            InboxItem item = QuarkusTransaction.requiringNew().call(() ->
                    InboxItem.<InboxItem>find("conversationId", conversation).firstResult());
            ItemState last = sent.get(sent.size() - 1);
            assertThat(last.revision()).isEqualTo(item.revision);
            assertThat(last.status().name()).isEqualTo(item.status.name());
            assertThat(last.patientMessages()).isEqualTo(item.patientMessages);
        }
    }

    private static ItemState stateIn(EventEnvelope event) {
        if (event.payload() instanceof RequestReceived received) {
            return received.itemState();
        } else if (event.payload() instanceof ReplyPosted reply) {
            return reply.itemState();
        } else if (event.payload() instanceof DecisionMade decision) {
            return decision.itemState();
        } else if (event.payload() instanceof ItemClosed closed) {
            return closed.itemState();
        }
        return null;
    }

    private InboxItem arrived(RequestType type, RequestSubmitted.Prescription prescription) {
        OffsetDateTime now = now();
        RequestSubmitted request = new RequestSubmitted(UUID.randomUUID(), type, "Forespørsel", "Tekst fra pasienten.",
                now, now.plusDays(7), false, PortalSide.KARI, PortalSide.KARI, Demo.LISE_BERG_HPR,
                type == RequestType.E_CONSULTATION ? new RequestSubmitted.Fee(224, false) : null,
                type == RequestType.OFFICE_MESSAGE ? now.plusHours(4) : null, prescription, null);
        intake.handle(List.of(EventEnvelope.of(request, CLINIC, request.conversationId(), now)));
        return QuarkusTransaction.requiringNew().call(() ->
                InboxItem.<InboxItem>find("conversationId", request.conversationId()).firstResult());
    }

    private static RequestSubmitted.Prescription prescription() {
        LocalDate today = LocalDate.now(BusinessCalendar.OSLO);
        return new RequestSubmitted.Prescription(UUID.randomUUID(), "Levaxin 50 mikrog tablett",
                "1 tablett om morgenen", today.minusYears(1), today.plusDays(10), Demo.LISE_BERG_HPR);
    }

    /** The patient's follow-up reaching the inbox, as one side of a race. */
    private Callable<Void> followUp(InboxItem item) {
        FollowUpSubmitted followUp = new FollowUpSubmitted(item.conversationId, UUID.randomUUID(), "Et tillegg.", now(),
                FOLLOW_UP_DUE, null, false, PortalSide.KARI);
        EventEnvelope event = EventEnvelope.of(followUp, CLINIC, followUp.conversationId(), followUp.submittedAt());
        return Race.action(() -> intake.handle(List.of(event)));
    }

    private InboxItem reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> InboxItem.<InboxItem>findById(id));
    }

    /** Rows of {@code table} (inbox_reply, inbox_decision, inbox_follow_up) for the item. */
    private long rows(String table, UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where item_id = ?1").setParameter(1, itemId).getSingleResult())
                .longValue());
    }

    private static OffsetDateTime now() {
        // Whole seconds: the database keeps microseconds.
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }
}
