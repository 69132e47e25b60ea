package no.legekontor.portal.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in a conversation: the patient's request or follow-up, or the clinic's reply. */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    public Conversation conversation;

    @Enumerated(EnumType.STRING)
    public Sender sender;

    public String body;

    public String author;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Which side wrote a message. */
    public enum Sender {
        PATIENT, CLINIC
    }
}
