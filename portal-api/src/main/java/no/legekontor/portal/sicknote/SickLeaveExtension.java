package no.legekontor.portal.sicknote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.RecordRequest;
import no.legekontor.shared.event.RequestSubmitted;

/**
 * R10: a patient asks the GP to extend an existing sick note; new ones are not issued online. Only
 * a note that has started and is active or ended at most {@code graceDays} (7) ago can be extended,
 * and only to a later day (else 422 {@code not-extendable}, telling them to book or call); the rest
 * of the flow (whose it is, one open request) is {@link no.legekontor.portal.conversation.RecordRequests}'.
 *
 * @param note           the sick note to extend, its row locked
 * @param requestedUntil the new last day asked for
 * @param today          today's date in Oslo
 * @param graceDays      days after its last day that a note can still be extended
 */
public record SickLeaveExtension(SickNote note, LocalDate requestedUntil, LocalDate today, int graceDays)
        implements RecordRequest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * Whether the note can be extended on {@code today}: it has started (a note not yet started is
     * not existing sick leave), and today is at most {@code graceDays} after its last day.
     */
    public static boolean possibleOn(SickNote note, LocalDate today, int graceDays) {
        return !today.isBefore(note.fromDate) && !today.isAfter(note.toDate.plusDays(graceDays));
    }

    @Override
    public ConversationService.About about() {
        return ConversationService.About.SICK_NOTE;
    }

    @Override
    public UUID recordId() {
        return note.id;
    }

    @Override
    public UUID patientId() {
        return note.patientId;
    }

    @Override
    public void requireAllowed(Clinic clinic) {
        if (!possibleOn(note, today, graceDays) || !requestedUntil.isAfter(note.toDate)) {
            throw new NotExtendable(graceDays, note.toDate, clinic.name, clinic.phone);
        }
    }

    @Override
    public String subject() {
        return "Forlengelse av sykmelding til " + DATE.format(requestedUntil);
    }

    @Override
    public String defaultBody() {
        return "Jeg ber om at sykmeldingen (" + note.gradePercent + " %, " + DATE.format(note.fromDate) + "–"
                + DATE.format(note.toDate) + ") forlenges til " + DATE.format(requestedUntil) + ".";
    }

    @Override
    public RequestSubmitted.SickNote aboutSickNote() {
        return new RequestSubmitted.SickNote(note.id, note.fromDate, note.toDate, note.gradePercent, requestedUntil);
    }
}
