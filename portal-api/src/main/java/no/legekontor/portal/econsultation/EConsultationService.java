package no.legekontor.portal.econsultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import no.legekontor.portal.account.AccountViews;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.DailyLimits;
import no.legekontor.portal.conversation.UrgentMatters;
import no.legekontor.portal.invoice.CoPayment;
import no.legekontor.portal.invoice.Fee;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestType;

/** E-consultations (R7): quote the fee, and send the message once the patient accepted it. */
@ApplicationScoped
@Transactional
public class EConsultationService {

    @Inject
    Clock clock;

    @Inject
    ConversationService conversations;

    @Inject
    DailyLimits limits;

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeeQuote quote(PatientCaller caller) {
        Patient patient = caller.subject();
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        Fee fee = feeFor(patient, clinic);
        return new FeeQuote(fee.amountNok(), fee.exempt(), AccountViews.ClinicView.of(clinic));
    }

    public Conversation submit(PatientCaller caller, EConsultationRequest request) {
        Patient patient = caller.subject();
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        UrgentMatters.requireConfirmedNotUrgent(request.confirmNotUrgent(), clinic);
        Fee fee = feeFor(patient, clinic);
        if (!Boolean.TRUE.equals(request.acceptFee())) {
            throw new FeeNotAccepted(fee.amountNok());
        }
        limits.take(patient.id, RequestType.E_CONSULTATION);
        return conversations.open(new ConversationService.NewRequest(patient, caller.self(), clinic,
                RequestType.E_CONSULTATION, request.subject(), request.body(), fee.asEventFee()));
    }

    private Fee feeFor(Patient patient, Clinic clinic) {
        return CoPayment.of(patient, clinic, BusinessCalendar.today(clock));
    }
}
