package no.legekontor.shared.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A patient's request, accepted and committed by the portal. Carries what the clinic needs to
 * answer without reading the portal's database.
 *
 * @param conversationId  the conversation on the patient's side
 * @param requestType     what is asked for
 * @param subject         the patient's subject line
 * @param body            the patient's text (health data: never logged)
 * @param submittedAt     when the portal accepted it
 * @param replyDueBy      the promised answer time (5 business days), as shown to the patient
 * @param possiblyUrgent  the text matched a red-flag phrase: sort first, call the patient
 * @param patient         whose request it is
 * @param submittedBy     who pressed send: the patient, or a guardian on the patient's behalf
 * @param gpHpr           the HPR number of the patient's GP; null for a patient without one
 * @param fee             the fee the patient accepted, or null when none applies
 * @param targetBy        office messages: the office's aim for an answer (16:00, R8); else null
 * @param prescription    renewals: the prescription to renew; else null
 * @param sickNote        sick-leave extensions: the sick note and the end date asked for; else null
 */
public record RequestSubmitted(
        UUID conversationId,
        RequestType requestType,
        String subject,
        String body,
        OffsetDateTime submittedAt,
        OffsetDateTime replyDueBy,
        boolean possiblyUrgent,
        Person patient,
        Person submittedBy,
        @Nullable String gpHpr,
        @Nullable Fee fee,
        @Nullable OffsetDateTime targetBy,
        @Nullable Prescription prescription,
        @Nullable SickNote sickNote) implements EventPayload {

    /**
     * A person as the clinic sees them.
     *
     * @param nationalId 11-digit national id (fødselsnummer / D-number)
     * @param name       full name
     * @param birthDate  derived from the national id
     */
    public record Person(String nationalId, String name, LocalDate birthDate) {
    }

    /**
     * The fee quoted to and accepted by the patient.
     *
     * @param amountNok whole kroner
     * @param exempt    no co-payment (e.g. a child under 16)
     */
    public record Fee(int amountNok, boolean exempt) {
    }

    /**
     * The prescription a renewal asks for, so the GP sees what to renew without asking the portal.
     *
     * @param id            the portal's prescription id; a decision names it
     * @param medication    name and strength, e.g. "Levaxin 50 mikrog tablett"
     * @param dosage        how it is taken
     * @param issuedOn      when it was issued
     * @param validUntil    its last valid day
     * @param prescriberHpr the HPR number of the GP who issued it
     */
    public record Prescription(UUID id, String medication, String dosage, LocalDate issuedOn, LocalDate validUntil,
            String prescriberHpr) {
    }

    /**
     * The sick note an extension asks to extend, and to when.
     *
     * @param id             the portal's sick-note id; a decision names it
     * @param fromDate       first day of sick leave
     * @param toDate         last day of sick leave today
     * @param gradePercent   sick-leave grade (20-100)
     * @param requestedUntil the new last day the patient asks for
     */
    public record SickNote(UUID id, LocalDate fromDate, LocalDate toDate, int gradePercent, LocalDate requestedUntil) {
    }
}
