package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationsSqlTest {

    @Test
    void unparkAndRedriveLockTheHeldEventsThenSendBackInOneStatementWithoutTheFilesOwnBeginAndCommit() {
        for (OperationsSql sql : new OperationsSql[] {ParkedEvents.UNPARK, DeadLetters.REDRIVE}) {
            assertThat(sql.statements()).as(sql.toString()).hasSize(2);
            assertThat(sql.statements().get(0)).as(sql.toString())
                    .endsWith("lock table held_event in share row exclusive mode");
            assertThat(sql.statements().get(1)).as(sql.toString()).contains("insert into outbox_event")
                    .contains("insert into returning_event").doesNotContain(";");
        }
    }
}
