package no.legekontor.portal.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing a person was notified of (R13). Rows are inserted once per recipient, kind and subject
 * by {@link Notifications}; this entity reads them.
 */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Who it is for: the person, or the guardian who acts for a child. */
    @Column(name = "recipient_id")
    public UUID recipientId;

    /** Whose matter it is: the recipient, or the child. */
    @Column(name = "about_id")
    public UUID aboutId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The reply, decision, invoice or appointment; the child for {@link Kind#PROXY_ACCESS_ENDING}. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    /** Norwegian, without health content. */
    public String text;

    /** The portal page to open, e.g. {@code /conversations/<id>}. */
    public String link;

    @Column(name = "sent_by_sms")
    public boolean sentBySms;

    @Column(name = "sent_by_email")
    public boolean sentByEmail;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * Its position in the recipient's list: rises in the order the recipient's notifications commit
     * (see {@link Notifications}); {@code since}, the ETag and the live stream count from it.
     */
    @Column(insertable = false, updatable = false)
    public long seq;

    /**
     * How it was sent, as the apps see it (the gateway's event has its own, the same values: the two
     * contracts change apart).
     */
    @Schema(name = "NotificationChannel")
    public enum Channel {
        SMS, EMAIL
    }

    /** What a notification is about. */
    @Schema(name = "NotificationKind")
    public enum Kind {
        /** The clinic replied in a conversation. */
        REPLY,
        /** A GP decided a renewal or a sick-leave extension. */
        DECISION,
        /** A new invoice (or receipt). */
        INVOICE,
        /** An appointment was booked. */
        APPOINTMENT_BOOKED,
        /** An appointment was cancelled. */
        APPOINTMENT_CANCELLED,
        /** A guardian's access to a child ends soon, when the child turns 16. */
        PROXY_ACCESS_ENDING,
        /** The child's clinic registered another guardian for the child (to its other guardians). */
        GUARDIAN_ADDED,
        /** A clinic asks to take the person (or the child) over; it waits for an answer (R15). */
        TRANSFER_REQUESTED
    }
}
