package no.legekontor.inbox.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The patient wrote again in the conversation (R13); the item reopened with a new deadline. */
@Entity
@Table(name = "inbox_follow_up")
public class InboxFollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    public String body;

    /** The guardian who wrote it for the patient; null when the patient did. */
    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static List<InboxFollowUp> of(UUID itemId) {
        return list("itemId = ?1 order by sentAt", itemId);
    }
}
