package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.legekontor.portal.prescription.Prescription;
import no.legekontor.portal.prescription.RenewalDecisions;
import no.legekontor.portal.sicknote.ExtensionDecisions;
import no.legekontor.shared.event.DecisionMade;

/**
 * Applies a GP's decision (R14) to the patient's side: an approved renewal becomes a new
 * prescription, an approved extension moves the sick note's last day, and in every case the
 * conversation gets the decision as the clinic's message and becomes ANSWERED, so that a new
 * request can be made later. {@link InboxEventHandler} calls it once per event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClinicDecisions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    RenewalDecisions renewals;

    @Inject
    ExtensionDecisions extensions;

    @Inject
    Clock clock;

    void apply(Conversation conversation, DecisionMade decision) {
        String text;
        if (decision.prescriptionId() != null) {
            Prescription renewed = decision.approved() ? renewals.approved(conversation.clinicOrg, decision) : null;
            text = !decision.approved() ? "Fornyelsen av resepten ble avslått."
                    : renewed == null ? "Resepten er fornyet."
                    : "Resepten på " + renewed.medication + " er fornyet og gyldig til "
                            + DATE.format(renewed.validUntil) + ".";
        } else {
            LocalDate until = decision.approved() ? extensions.approved(conversation.clinicOrg, decision) : null;
            text = !decision.approved() ? "Forlengelsen av sykmeldingen ble avslått."
                    : until == null ? "Sykmeldingen er forlenget."
                    : "Sykmeldingen er forlenget til " + DATE.format(until) + ".";
        }
        if (decision.reason() != null) {
            text += "\n\n" + decision.reason();
        }
        conversation.answeredByClinic(decision.decisionId(), text, decision.decidedBy(),
                decision.decidedAt().toInstant(), decision.itemState(), clock.instant());
    }
}
