package no.legekontor.inbox.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.legekontor.shared.event.ItemState;
import org.junit.jupiter.api.Test;

/** An item's transitions and the revision its events carry (no database: the rules alone). */
class InboxItemTransitionsTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant DUE = Instant.parse("2026-12-14T22:59:59Z");

    @Test
    void anAnswerRaisesTheRevisionAndAnswersAnOpenItem() {
        InboxItem item = open();
        item.answered(NOW);
        assertThat(item.state()).isEqualTo(new ItemState(2, ItemState.Status.ANSWERED,
                no.legekontor.support.time.OsloTime.of(DUE), null, false, 1));
        assertThat(item.answeredAt).isEqualTo(NOW);
    }

    @Test
    void closingTwiceChangesNothingTheSecondTime() {
        InboxItem item = open();
        assertThat(item.close(NOW)).isTrue();
        assertThat(item.close(NOW.plusSeconds(5))).isFalse();
        assertThat(item.revision).isEqualTo(2);
        assertThat(item.closedAt).isEqualTo(NOW);
    }

    @Test
    void aFollowUpReopensAnAnsweredItemButLeavesAClosedOneClosed() {
        InboxItem answered = open();
        answered.answered(NOW);
        answered.followedUp(DUE.plusSeconds(86_400), null, true);
        assertThat(answered.status).isEqualTo(InboxItem.Status.OPEN);
        assertThat(answered.answeredAt).isNull();
        assertThat(answered.possiblyUrgent).isTrue();
        assertThat(answered.state().patientMessages()).isEqualTo(2);
        assertThat(answered.revision).isEqualTo(3);

        InboxItem closed = open();
        closed.close(NOW);
        closed.followedUp(DUE.plusSeconds(86_400), null, false);
        assertThat(closed.status).isEqualTo(InboxItem.Status.CLOSED);
        assertThat(closed.state().patientMessages()).isEqualTo(2);
    }

    @Test
    void aClaimIsRefusedWhenSomeoneElseHasTheItem() {
        InboxItem item = open();
        assertThat(item.claimBy("9100001")).isTrue();
        assertThat(item.claimBy("9100001")).isTrue();
        assertThat(item.claimBy("9100002")).isFalse();
        assertThat(item.assigneeHpr).isEqualTo("9100001");
    }

    private static InboxItem open() {
        InboxItem item = new InboxItem();
        item.status = InboxItem.Status.OPEN;
        item.replyDueBy = DUE;
        return item;
    }
}
