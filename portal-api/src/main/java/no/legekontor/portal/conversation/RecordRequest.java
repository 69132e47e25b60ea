package no.legekontor.portal.conversation;

import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.shared.event.RequestSubmitted;

/**
 * What a patient asks the GP to do with one of their records: renew a prescription (R5) or extend
 * a sick note (R10). The feature says what differs; {@link RecordRequests} runs the flow that is
 * the same: whose record it is, the feature's own rule, one open request per record, the
 * conversation and its event.
 */
public interface RecordRequest {

    /** Which kind of record: the request's type and the conversation's field that names the record. */
    ConversationService.About about();

    UUID recordId();

    /** Whose record it is: another patient's is not found. */
    UUID patientId();

    /** The feature's own rule (R5 {@code not-renewable}, R10 {@code not-extendable}), as its named exception. */
    void requireAllowed(Clinic clinic);

    /** The conversation's subject. */
    String subject();

    /** The request's text when the patient wrote no comment. */
    String defaultBody();

    /** Renewals: the prescription as the clinic's inbox shows it. */
    default RequestSubmitted.Prescription aboutPrescription() {
        return null;
    }

    /** Extensions: the sick note and the day asked for, as the clinic's inbox shows them. */
    default RequestSubmitted.SickNote aboutSickNote() {
        return null;
    }
}
