package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.problem.NotFound;

/**
 * The one flow of a request about a record (R5 renewal, R10 extension), in the feature's
 * transaction. The feature loads its record with the row locked, so that of several requests
 * racing for one record exactly one opens a conversation and the others find it open (a partial
 * unique index is the backstop); then, in this order: another patient's record, or none, is 404
 * {@code not-found}; the feature's own rule; an open request about the same record is 409
 * {@code duplicate-request}; the patient's comment (or the feature's text when there is none) opens
 * the conversation with its {@code RequestSubmitted} event. The GP's decision comes back as
 * {@link ClinicDecided}, which the feature settles ({@link ClinicDecided#settle}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordRequests {

    @Inject
    ConversationService conversations;

    /**
     * Sends the request.
     *
     * @param request the request about the locked record; null when there is no such record
     * @param comment what the patient wrote, or null
     */
    public Conversation send(PatientCaller caller, RecordRequest request, String comment) {
        Patient patient = caller.subject();
        if (request == null || !request.patientId().equals(patient.id)) {
            throw new NotFound();
        }
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        request.requireAllowed(clinic);
        if (!conversations.awaitingClinic(request.about(), List.of(request.recordId())).isEmpty()) {
            throw new DuplicateRequest();
        }
        String text = comment == null ? "" : comment.strip();
        return conversations.open(new ConversationService.NewRequest(patient, caller.self(), clinic,
                request.about().type(), request.subject(), text.isEmpty() ? request.defaultBody() : text, null,
                request.aboutPrescription(), request.aboutSickNote()));
    }
}
