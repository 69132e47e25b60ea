package no.legekontor.portal.prescription;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.conversation.ClinicDecided;
import no.legekontor.portal.conversation.ClinicEvents;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.prescription.RenewalValidity;
import org.jboss.logging.Logger;

/**
 * An approved renewal (R14) becomes a new prescription: same medication and dosage, issued on the
 * decision's date in Oslo, valid until the day the GP gave (one year by default), prescribed by the
 * deciding GP. Its external id names the inbox item, so one decision never makes two prescriptions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RenewalDecisions {

    static final String EXTERNAL_ID_PREFIX = "portal-decision-";
    private static final Logger LOG = Logger.getLogger(RenewalDecisions.class);
    private static final ClinicDecided.Answers<Prescription> ANSWERS = new ClinicDecided.Answers<>(
            "Fornyelsen av resepten ble avslått.", "Resepten er fornyet.",
            renewed -> "Resepten på " + renewed.medication + " er fornyet og gyldig til "
                    + ClinicDecided.date(renewed.validUntil) + ".");

    @Inject
    Clock clock;

    /**
     * A decision on a renewal: an approved one becomes a new prescription, and the conversation
     * gets the outcome as the clinic's answer.
     */
    void decided(@Observes @Priority(ClinicEvents.CONSEQUENCES) ClinicDecided decision) {
        if (decision.about() == ConversationService.About.PRESCRIPTION) {
            decision.settle(this::approved, ANSWERS, clock.instant());
        }
    }

    /** The new prescription, or null when the renewed one is unknown or another clinic's. */
    private Prescription approved(ClinicDecided decision) {
        String clinicOrg = decision.conversation().clinicOrg;
        Prescription renewed = Prescription.findById(decision.prescriptionId());
        if (renewed == null || !renewed.clinicOrg.equals(clinicOrg)) {
            LOG.warnf("DecisionMade for item %s names a prescription this clinic did not issue",
                    decision.inboxItemId());
            return null;
        }
        String externalId = EXTERNAL_ID_PREFIX + decision.inboxItemId();
        Prescription existing = Prescription.find("clinicOrg = ?1 and externalId = ?2", clinicOrg, externalId)
                .firstResult();
        if (existing != null) {
            return existing;
        }
        LocalDate issuedOn = BusinessCalendar.dateOf(decision.decidedAt());
        Prescription prescription = new Prescription();
        prescription.id = UUID.randomUUID();
        prescription.clinicOrg = clinicOrg;
        prescription.externalId = externalId;
        prescription.patientId = renewed.patientId;
        prescription.medication = renewed.medication;
        prescription.dosage = renewed.dosage;
        prescription.issuedOn = issuedOn;
        prescription.validUntil = RenewalValidity.validUntil(issuedOn, decision.validUntil());
        prescription.prescriberHpr = decision.decidedByHpr();
        prescription.updatedAt = clock.instant();
        prescription.persist();
        return prescription;
    }
}
