package no.legekontor.inbox.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inbox as staff see it (wire names of the OpenAPI document). */
public final class InboxViews {

    private InboxViews() {
    }

    /** An item in the inbox list or on its own, with its replies when shown on its own. */
    @Schema(name = "InboxItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID id,
            @Schema(description = "The patient's conversation; absent for appointment notices") UUID conversationId,
            @Schema(description = "Appointment notices: the appointment") UUID appointmentId,
            ItemType type, InboxItem.Status status, String subject,
            String body, OffsetDateTime receivedAt,
            @Schema(description = "The promised answer time (R8); absent for appointment notices")
            OffsetDateTime replyDueBy,
            @Schema(description = "Office messages: the office's aim, 16:00 the same or next business day")
            OffsetDateTime targetBy,
            @Schema(description = "Open past its deadline") boolean overdue,
            @Schema(description = "Open, not yet overdue, on or after the business day before its deadline's day")
            boolean dueSoon,
            @Schema(description = "The text matched a red-flag phrase: call the patient first") boolean possiblyUrgent,
            @Schema(description = "HPR number of the staff member who claimed it") String assignee,
            @Schema(description = "When staff first opened it (the read receipt the patient sees)")
            OffsetDateTime readAt,
            @Schema(description = "When the clinic closed it") OffsetDateTime closedAt,
            PatientView patient,
            @Schema(description = "Who sent it, when not the patient (a guardian)") String submittedBy,
            Fee fee, ItemDetails details, List<FollowUp> followUps, List<Reply> replies,
            @Schema(description = "Renewals and extensions: the GP's decision, once made") Decision decision) {

        static Item of(InboxItem i, Deadlines at, List<InboxFollowUp> followUps, List<InboxReply> replies,
                InboxDecision decision) {
            return new Item(i.id, i.conversationId, i.appointmentId, i.type, i.status, i.subject, i.body,
                    OsloTime.of(i.receivedAt), OsloTime.of(i.replyDueBy), OsloTime.of(i.targetBy), at.isOverdue(i),
                    at.isDueSoon(i), i.possiblyUrgent, i.assigneeHpr, OsloTime.of(i.readAt), OsloTime.of(i.closedAt),
                    new PatientView(i.patientName, Period.between(i.patientBirthDate, at.today()).getYears(),
                            i.patientNationalId),
                    i.submittedByName,
                    i.feeAmountNok == null ? null : new Fee(i.feeAmountNok, Boolean.TRUE.equals(i.feeExempt)),
                    i.details,
                    followUps == null ? null : followUps.stream().map(FollowUp::of).toList(),
                    replies == null ? null : replies.stream().map(Reply::of).toList(),
                    decision == null ? null : Decision.of(decision));
        }
    }

    /** A GP's decision on a renewal or an extension (R14). */
    @Schema(name = "InboxDecision")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(DecisionMade.Outcome outcome, String reason,
            @Schema(description = "Approved renewals: the new prescription's last valid day") LocalDate validUntil,
            @Schema(description = "Approved extensions: the sick note's new last day") LocalDate toDate,
            String decidedBy, OffsetDateTime decidedAt) {

        static Decision of(InboxDecision d) {
            return new Decision(d.outcome, d.reason, d.validUntil, d.toDate, d.decidedByName,
                    OsloTime.of(d.decidedAt));
        }
    }

    /** The patient's follow-up in the conversation (R13). */
    @Schema(name = "InboxFollowUp")
    public record FollowUp(UUID id, String body, OffsetDateTime sentAt,
            @Schema(description = "Who wrote it, when not the patient (a guardian)") String submittedBy) {

        static FollowUp of(InboxFollowUp f) {
            return new FollowUp(f.id, f.body, OsloTime.of(f.sentAt), f.submittedByName);
        }
    }

    /** The patient, for the patient's own clinic: name, age and national id. */
    @Schema(name = "InboxPatient")
    public record PatientView(String name, int age, String nationalId) {
    }

    /** The fee the patient accepted. */
    @Schema(name = "InboxFee")
    public record Fee(int amountNok, boolean exempt) {
    }

    /** An answer and who wrote it. */
    @Schema(name = "InboxReply")
    public record Reply(UUID id, String body, String author, String authorRole, OffsetDateTime sentAt) {

        public static Reply of(InboxReply r) {
            return new Reply(r.id, r.body, r.authorName, r.authorRole, OsloTime.of(r.sentAt));
        }
    }
}
