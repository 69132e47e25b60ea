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
import no.legekontor.portal.conversation.ConversationService;
import org.jboss.logging.Logger;

/** An approved sick-leave extension (R14) moves the sick note's last day to the day asked for. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExtensionDecisions {

    private static final Logger LOG = Logger.getLogger(ExtensionDecisions.class);
    private static final ClinicDecided.Answers<LocalDate> ANSWERS = new ClinicDecided.Answers<>(
            "Forlengelsen av sykmeldingen ble avslått.", "Sykmeldingen er forlenget.",
            until -> "Sykmeldingen er forlenget til " + ClinicDecided.date(until) + ".");

    @Inject
    Clock clock;

    /**
     * A decision on an extension: an approved one moves the sick note's last day, and the
     * conversation gets the outcome as the clinic's answer.
     */
    void decided(@Observes @Priority(ClinicEvents.CONSEQUENCES) ClinicDecided decision) {
        if (decision.about() == ConversationService.About.SICK_NOTE) {
            decision.settle(this::approved, ANSWERS, clock.instant());
        }
    }

    /** The sick note's new last day, or null when the note is unknown or another clinic's. */
    private LocalDate approved(ClinicDecided decision) {
        String clinicOrg = decision.conversation().clinicOrg;
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
