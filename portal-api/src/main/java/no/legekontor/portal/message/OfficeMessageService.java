package no.legekontor.portal.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.DailyLimits;
import no.legekontor.portal.conversation.UrgentMatters;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.event.RequestType;

/** Messages to the office (R8, R9): free, with the office's same-day aim besides the 5-day promise. */
@ApplicationScoped
@Transactional
public class OfficeMessageService {

    @Inject
    ConversationService conversations;

    @Inject
    DailyLimits limits;

    public Conversation send(PatientCaller caller, OfficeMessageRequest request) {
        Patient patient = caller.subject();
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        UrgentMatters.requireConfirmedNotUrgent(request.confirmNotUrgent(), clinic);
        limits.take(patient.id, RequestType.OFFICE_MESSAGE);
        return conversations.open(new ConversationService.NewRequest(patient, caller.self(), clinic,
                RequestType.OFFICE_MESSAGE, request.subject(), request.body(), null));
    }
}
