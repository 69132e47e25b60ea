package no.legekontor.inbox.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An answer written by clinic staff; it travels to the patient as {@code ReplyPosted}. */
@Entity
@Table(name = "inbox_reply")
public class InboxReply extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    public String body;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_hpr")
    public String authorHpr;

    @Column(name = "author_role")
    public String authorRole;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static List<InboxReply> of(UUID itemId) {
        return list("itemId = ?1 order by sentAt", itemId);
    }
}
