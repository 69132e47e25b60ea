package no.legekontor.portal.sicknote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import no.legekontor.shared.event.DecisionMade;
import org.jboss.logging.Logger;

/** An approved sick-leave extension (R14) moves the sick note's last day to the day asked for. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExtensionDecisions {

    private static final Logger LOG = Logger.getLogger(ExtensionDecisions.class);

    @Inject
    Clock clock;

    /** The sick note's new last day, or null when the note is unknown or another clinic's. */
    public LocalDate approved(String clinicOrg, DecisionMade decision) {
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
