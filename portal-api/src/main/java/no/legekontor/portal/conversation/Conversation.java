package no.legekontor.portal.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.legekontor.shared.event.ItemState;
import no.legekontor.shared.event.RequestType;

/** A request to the clinic and everything said about it since, as the patient sees it. */
@Entity
public class Conversation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "submitted_by_id")
    public UUID submittedById;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Enumerated(EnumType.STRING)
    public RequestType type;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String subject;

    @Column(name = "reply_due_by")
    public Instant replyDueBy;

    @Column(name = "possibly_urgent")
    public boolean possiblyUrgent;

    @Column(name = "fee_amount_nok")
    public Integer feeAmountNok;

    @Column(name = "fee_exempt")
    public Boolean feeExempt;

    /** Office messages: the office's same-day aim (R8); null for other types. */
    @Column(name = "target_by")
    public Instant targetBy;

    /** Renewals: the prescription to renew. */
    @Column(name = "prescription_id")
    public UUID prescriptionId;

    /** Sick-leave extensions: the sick note to extend, and the new last day asked for. */
    @Column(name = "sick_note_id")
    public UUID sickNoteId;

    @Column(name = "requested_until")
    public LocalDate requestedUntil;

    /** When clinic staff first opened the request's inbox item (R13); null until then. */
    @Column(name = "read_by_clinic_at")
    public Instant readByClinicAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The revision of the clinic's item state last applied ({@link ItemState}); 0 before any. */
    @Column(name = "clinic_revision")
    public long clinicRevision;

    /** The request and its follow-ups: how many messages the patient sent. */
    @Column(name = "patient_messages")
    public int patientMessages = 1;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
    @OrderBy("sentAt")
    public List<ConversationMessage> messages = new ArrayList<>();

    /**
     * Where a conversation is on its way. It follows the clinic's item (newer revisions only); a
     * follow-up brings it back to SUBMITTED until the clinic has it.
     */
    public enum Status {
        /** Accepted by the portal, on its way to the clinic. */
        SUBMITTED,
        /** The clinic's inbox has it. */
        RECEIVED,
        /** The clinic has answered. */
        ANSWERED,
        /** Nothing more will happen. */
        CLOSED;

        /** Sent and not yet answered: the clinic owes an answer. */
        public static final List<Status> AWAITING_CLINIC = List.of(SUBMITTED, RECEIVED);

        boolean isBefore(Status other) {
            return ordinal() < other.ordinal();
        }
    }

    /**
     * The patient wrote again (R13): the conversation waits for the clinic once more, with a new
     * deadline counted from now.
     */
    void reopen(Instant at, Instant replyDueBy, Instant targetBy) {
        status = Status.SUBMITTED;
        patientMessages++;
        this.replyDueBy = replyDueBy;
        this.targetBy = targetBy;
        updatedAt = at;
    }

    /**
     * The clinic answered (a reply or a decision): the message joins the conversation, which
     * follows the item's state after the answer ({@link #followClinic}).
     */
    public void answeredByClinic(UUID messageId, String body, String author, Instant sentAt, ItemState state,
            Instant now) {
        ConversationMessage message = new ConversationMessage();
        message.id = messageId;
        message.conversation = this;
        message.sender = ConversationMessage.Sender.CLINIC;
        message.body = body;
        message.author = author;
        message.sentAt = sentAt;
        message.persist();
        followClinic(state, Status.ANSWERED, now);
    }

    /**
     * Applies the state of the clinic's item that an event carries, if it is newer than the last
     * one applied: the status, the deadline the clinic keeps and the urgency. While the clinic has
     * not yet seen the patient's latest follow-up, the conversation keeps waiting for it with the
     * follow-up's deadline (a reply that crossed the follow-up does not hide it). An event from a
     * release before revisions carries no state: the conversation then moves forward to
     * {@code withoutState} only.
     */
    void followClinic(ItemState state, Status withoutState, Instant now) {
        if (state == null) {
            advanceTo(withoutState, now);
            return;
        }
        if (state.revision() <= clinicRevision) {
            return;
        }
        clinicRevision = state.revision();
        updatedAt = now;
        if (state.patientMessages() < patientMessages) {
            return;
        }
        status = switch (state.status()) {
            case OPEN -> Status.RECEIVED;
            case ANSWERED -> Status.ANSWERED;
            case CLOSED -> Status.CLOSED;
        };
        if (state.replyDueBy() != null) {
            replyDueBy = state.replyDueBy().toInstant();
        }
        targetBy = state.targetBy() == null ? null : state.targetBy().toInstant();
        possiblyUrgent |= state.possiblyUrgent();
    }

    /** The clinic opened it; only the first time counts. */
    void readByClinic(Instant at) {
        if (readByClinicAt == null) {
            readByClinicAt = at;
        }
    }

    /** Moves to {@code next} unless the conversation is already there or further. */
    void advanceTo(Status next, Instant at) {
        if (status.isBefore(next)) {
            status = next;
            updatedAt = at;
        }
    }
}
