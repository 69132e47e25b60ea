package no.legekontor.inbox.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.shared.event.ItemState;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.support.time.OsloTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A patient request waiting for (or having had) the clinic's answer. */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id")
    public UUID conversationId;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Enumerated(EnumType.STRING)
    public ItemType type;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String subject;

    public String body;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The promised answer time (R8); null for appointment notices. */
    @Column(name = "reply_due_by")
    public Instant replyDueBy;

    /** Office messages: the office's same-day aim (R8). */
    @Column(name = "target_by")
    public Instant targetBy;

    /** Appointment notices: the appointment; they have no conversation. */
    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** What the clinic needs besides the text: prescription, sick note or appointment. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ItemDetails details;

    @Column(name = "possibly_urgent")
    public boolean possiblyUrgent;

    @Column(name = "gp_hpr")
    public String gpHpr;

    @Column(name = "assignee_hpr")
    public String assigneeHpr;

    @Column(name = "patient_national_id", columnDefinition = "bpchar")
    public String patientNationalId;

    @Column(name = "patient_name")
    public String patientName;

    @Column(name = "patient_birth_date")
    public LocalDate patientBirthDate;

    /** The guardian who sent it for the patient; null when the patient sent it. */
    @Column(name = "submitted_by_name")
    public String submittedByName;

    /**
     * Who to name as the sender of something about a patient: the guardian who sent it for them, or
     * nobody (null) when the patient did. Decided by national id, never by name.
     */
    public static String guardianName(String patientNationalId, RequestSubmitted.Person sender) {
        return sender.nationalId().equals(patientNationalId.strip()) ? null : sender.name();
    }

    @Column(name = "fee_amount_nok")
    public Integer feeAmountNok;

    @Column(name = "fee_exempt")
    public Boolean feeExempt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** The first time staff opened it (the read receipt, R13); null until then. */
    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /**
     * Raised by every change the patient's side follows (answered, closed, followed up), which
     * every writer makes holding the item's row lock ({@link InboxService#findForUpdate}): the order
     * in which the clinic changed the item, carried by its events in {@link #state()}.
     */
    public long revision = 1;

    /** The request and its follow-ups: how many messages from the patient the item holds. */
    @Column(name = "patient_messages")
    public int patientMessages = 1;

    /** A reply or a decision: an open item becomes ANSWERED (one already answered stays so). */
    public void answered(Instant at) {
        if (status == Status.OPEN) {
            status = Status.ANSWERED;
            answeredAt = at;
        }
        revision++;
    }

    /** Closes the item; false (and no change) when it was closed already. */
    public boolean close(Instant at) {
        if (status == Status.CLOSED) {
            return false;
        }
        status = Status.CLOSED;
        closedAt = at;
        revision++;
        return true;
    }

    /** A staff member takes the item; false when someone else has it. */
    public boolean claimBy(String hpr) {
        if (assigneeHpr != null && !assigneeHpr.equals(hpr)) {
            return false;
        }
        assigneeHpr = hpr;
        return true;
    }

    /**
     * The patient wrote again (R13): the item reopens with the follow-up's deadline, unless the
     * clinic has closed it (the follow-up is kept with it, and the item stays closed).
     */
    public void followedUp(Instant replyDueBy, Instant targetBy, boolean urgent) {
        if (status != Status.CLOSED) {
            status = Status.OPEN;
            answeredAt = null;
        }
        this.replyDueBy = replyDueBy;
        this.targetBy = targetBy;
        possiblyUrgent |= urgent;
        patientMessages++;
        revision++;
    }

    /** The item as the patient's side shows it, for the events that carry it. */
    public ItemState state() {
        return new ItemState(revision, ItemState.Status.valueOf(status.name()), OsloTime.of(replyDueBy),
                OsloTime.of(targetBy), possiblyUrgent, patientMessages);
    }

    /** Where an item is in the clinic's work. */
    public enum Status {
        OPEN, ANSWERED, CLOSED
    }
}
