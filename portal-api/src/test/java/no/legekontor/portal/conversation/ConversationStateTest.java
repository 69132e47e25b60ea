package no.legekontor.portal.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.ItemState;
import org.junit.jupiter.api.Test;

/** How a conversation follows the clinic's item state (no database: the rule alone). */
class ConversationStateTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-14T23:59:59+01:00");
    static final OffsetDateTime LATER_DUE = OffsetDateTime.parse("2026-12-16T23:59:59+01:00");

    @Test
    void aNewerStateIsAppliedWithTheClinicsDeadlineAndUrgency() {
        Conversation c = submitted();
        c.followClinic(state(1, ItemState.Status.OPEN, LATER_DUE, true, 1), Conversation.Status.RECEIVED, NOW);
        assertThat(c.status).isEqualTo(Conversation.Status.RECEIVED);
        assertThat(c.replyDueBy).isEqualTo(LATER_DUE.toInstant());
        assertThat(c.possiblyUrgent).isTrue();
        assertThat(c.clinicRevision).isEqualTo(1);
    }

    @Test
    void anOlderOrEqualStateIsIgnored() {
        Conversation c = submitted();
        c.followClinic(state(3, ItemState.Status.CLOSED, DUE, false, 1), Conversation.Status.CLOSED, NOW);
        c.followClinic(state(2, ItemState.Status.ANSWERED, DUE, false, 1), Conversation.Status.ANSWERED, NOW);
        c.followClinic(state(3, ItemState.Status.OPEN, DUE, false, 1), Conversation.Status.RECEIVED, NOW);
        assertThat(c.status).isEqualTo(Conversation.Status.CLOSED);
    }

    @Test
    void aStateThatHasNotSeenTheLatestFollowUpLeavesItWaitingButCountsAsSeen() {
        Conversation c = submitted();
        c.followClinic(state(1, ItemState.Status.OPEN, DUE, false, 1), Conversation.Status.RECEIVED, NOW);
        c.reopen(NOW, LATER_DUE.toInstant(), null);
        c.followClinic(state(2, ItemState.Status.ANSWERED, DUE, false, 1), Conversation.Status.ANSWERED, NOW);
        assertThat(c.status).isEqualTo(Conversation.Status.SUBMITTED);
        assertThat(c.replyDueBy).isEqualTo(LATER_DUE.toInstant());
        assertThat(c.clinicRevision).isEqualTo(2);

        c.followClinic(state(3, ItemState.Status.OPEN, LATER_DUE, false, 2), Conversation.Status.RECEIVED, NOW);
        assertThat(c.status).isEqualTo(Conversation.Status.RECEIVED);
    }

    @Test
    void withoutAStateTheConversationOnlyMovesForward() {
        Conversation c = submitted();
        c.followClinic(null, Conversation.Status.ANSWERED, NOW);
        c.followClinic(null, Conversation.Status.RECEIVED, NOW);
        assertThat(c.status).isEqualTo(Conversation.Status.ANSWERED);
    }

    private static Conversation submitted() {
        Conversation c = new Conversation();
        c.status = Conversation.Status.SUBMITTED;
        c.replyDueBy = DUE.toInstant();
        return c;
    }

    private static ItemState state(long revision, ItemState.Status status, OffsetDateTime due, boolean urgent,
            int patientMessages) {
        return new ItemState(revision, status, due.atZoneSameInstant(BusinessCalendar.OSLO).toOffsetDateTime(), null,
                urgent, patientMessages);
    }
}
