package no.legekontor.portal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * What a notification says, all in one place so that it can be read for health content: there is
 * none. A text names the clinic and that something new is waiting, never what a request or an
 * answer is about (no subject, body, medication, reason, GP or child's name); the person logs in
 * to read it. Appointment texts carry the date and time, which the person needs to tell one
 * appointment from another. Norwegian only: SMS and e-mail go out in the portal's language.
 */
final class NotificationTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private NotificationTexts() {
    }

    /** A reply or a decision (R13's own wording). */
    static String answered(String clinic) {
        return "Du har fått svar fra " + clinic + ". Logg inn for å lese det.";
    }

    static String invoice(String clinic) {
        return "Du har fått en ny faktura fra " + clinic + ". Logg inn for å se den.";
    }

    static String booked(String clinic, Instant start) {
        return "En time hos " + clinic + " " + when(start) + " er bestilt. Logg inn for å se den.";
    }

    static String cancelled(String clinic, Instant start) {
        return "En time hos " + clinic + " " + when(start) + " er avbestilt.";
    }

    /** To a guardian; the date tells two children apart without naming either. */
    static String proxyAccessEnding(String clinic, LocalDate endsOn, int age) {
        return "Fra " + DATE.format(endsOn) + " kan du ikke lenger bruke tjenestene hos " + clinic
                + " på vegne av barnet ditt, som fyller " + age + " år den dagen. Barnet logger da inn selv med BankID.";
    }

    /** To a child's other guardians; names neither the child nor the new guardian. */
    static String guardianAdded(String clinic) {
        return clinic + " har registrert en ny foresatt for barnet ditt. Logg inn for å se hvem som kan bruke "
                + "tjenestene på vegne av barnet.";
    }

    /** To the person, or a child's guardians. */
    static String transferRequested(String clinic, boolean child) {
        return clinic + " ber om å bli " + (child ? "barnets" : "ditt") + " legekontor. Ingenting endres før du "
                + "svarer ja. Logg inn for å svare innen 14 dager.";
    }

    private static String when(Instant start) {
        var oslo = start.atZone(BusinessCalendar.OSLO);
        return DATE.format(oslo) + " kl. " + TIME.format(oslo);
    }
}
