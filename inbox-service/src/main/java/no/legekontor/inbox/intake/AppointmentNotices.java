package no.legekontor.inbox.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.ItemDetails;
import no.legekontor.inbox.item.ItemType;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.AppointmentCancelled;
import no.legekontor.shared.event.AppointmentNoticeReceived;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;

/**
 * Bookings and cancellations (R4) become appointment notices in the clinic's inbox: no deadline,
 * after the items that have one, for the office to close. The portal hears that the clinic has
 * each notice through {@code AppointmentNoticeReceived}, keyed by the appointment.
 */
@ApplicationScoped
public class AppointmentNotices {

    static final String AGGREGATE = "appointment";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(EventEnvelope event, AppointmentBooked booked) {
        ItemDetails.Appointment details = new ItemDetails.Appointment(booked.appointmentId(),
                ItemDetails.Change.BOOKED, booked.start(), booked.end(), booked.gpHpr());
        store(event, details, "Time bestilt " + when(booked.start()) + " (fastlege HPR " + booked.gpHpr() + ")",
                booked.reason() == null ? "" : booked.reason(), booked.patient(), booked.bookedBy());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(EventEnvelope event, AppointmentCancelled cancelled) {
        ItemDetails.Appointment details = new ItemDetails.Appointment(cancelled.appointmentId(),
                ItemDetails.Change.CANCELLED, cancelled.start(), cancelled.end(), cancelled.gpHpr());
        store(event, details, "Time avbestilt " + when(cancelled.start()) + " (fastlege HPR " + cancelled.gpHpr() + ")",
                "", cancelled.patient(), cancelled.cancelledBy());
    }

    private void store(EventEnvelope event, ItemDetails.Appointment appointment, String subject, String body,
            RequestSubmitted.Person patient, RequestSubmitted.Person by) {
        Instant now = clock.instant();
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.appointmentId = appointment.id();
        item.clinicOrg = event.clinicId();
        item.type = ItemType.APPOINTMENT_NOTICE;
        item.status = InboxItem.Status.OPEN;
        item.subject = subject;
        item.body = body;
        item.receivedAt = now;
        item.details = ItemDetails.of(appointment);
        item.gpHpr = appointment.gpHpr();
        item.patientNationalId = patient.nationalId();
        item.patientName = patient.name();
        item.patientBirthDate = patient.birthDate();
        item.submittedByName = InboxItem.guardianName(patient.nationalId(), by);
        item.persist();

        AppointmentNoticeReceived received = new AppointmentNoticeReceived(appointment.id(), item.id, OsloTime.of(now));
        outbox.add(Topics.INBOX_EVENTS, AGGREGATE,
                EventEnvelope.of(received, item.clinicOrg, appointment.id(), OsloTime.of(now)));
    }

    private static String when(OffsetDateTime start) {
        return start.atZoneSameInstant(BusinessCalendar.OSLO).format(WHEN);
    }
}
