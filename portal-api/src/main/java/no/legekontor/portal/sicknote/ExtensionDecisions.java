package no.legekontor.portal.sicknote;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import no.legekontor.portal.conversation.ClinicDecided;
import no.legekontor.portal.conversation.ClinicEvents;
import org.jboss.logging.Logger;

/** An approved sick-leave extension (R14) moves the sick note's last day to the day asked for. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExtensionDecisions {

    private static final Logger LOG = Logger.getLogger(ExtensionDecisions.class);

    @Inject
    Clock clock;

    /**
     * A decision on anything but a renewal (the inbox decides only renewals and extensions): an
     * approved extension moves the sick note's last day, and the conversation gets the outcome as
     * the clinic's answer.
     */
    void decided(@Observes @Priority(ClinicEvents.CONSEQUENCES) ClinicDecided decision) {
        if (decision.aboutPrescription()) {
            return;
        }
        LocalDate until = decision.approved() ? approved(decision.conversation().clinicOrg, decision) : null;
        decision.answer(!decision.approved() ? "Forlengelsen av sykmeldingen ble avslått."
                : until == null ? "Sykmeldingen er forlenget."
                : "Sykmeldingen er forlenget til " + ClinicDecided.date(until) + ".", clock.instant());
    }

    /** The sick note's new last day, or null when the note is unknown or another clinic's. */
    private LocalDate approved(String clinicOrg, ClinicDecided decision) {
        // Locked: the clinic system may push the same sick note at this moment (its upsert locks the row too).
        SickNote note = SickNote.findById(decision.sickNoteId(), LockModeType.PESSIMISTIC_WRITE);
        if (note == null || !note.clinicOrg.equals(clinicOrg) || decision.toDate() == null
                || decision.toDate().isBefore(note.fromDate)) {
            LOG.warnf("DecisionMade for item %s cannot extend its sick note", decision.inboxItemId());
            return null;
        }
        note.extendTo(decision.toDate(), clock.instant());
        return note.toDate;
    }
}
