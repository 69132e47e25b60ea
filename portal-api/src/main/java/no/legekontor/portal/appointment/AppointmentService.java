package no.legekontor.portal.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.conversation.AppointmentNoticed;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.UrgentMatters;
import no.legekontor.portal.notification.Notifications;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.AppointmentCancelled;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.NotFound;
import no.legekontor.support.time.OsloTime;

/**
 * Patients book and cancel appointments (R4). Each change is stored with its event for the clinic,
 * its audit row and the notification of the one who booked (R13) in one transaction. Who gets a contested slot is decided by the database: the
 * booking is one {@code insert ... on conflict do nothing} against the index that allows one
 * BOOKED appointment per slot, so of twenty at once exactly one gets it.
 */
@ApplicationScoped
@Transactional
public class AppointmentService {

    static final String AGGREGATE = "appointment";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    PortalConfig config;

    /** R16: the patient's booked appointments that have not started. */
    private long futureBookings(UUID patientId, Instant now) {
        return ((Number) em.createNativeQuery("""
                select count(*) from appointment a join slot s on s.id = a.slot_id
                where a.patient_id = ?1 and a.status = 'BOOKED' and s.starts_at > ?2""")
                .setParameter(1, patientId)
                .setParameter(2, now)
                .getSingleResult()).longValue();
    }

    public AppointmentViews.PatientAppointment book(PatientCaller caller, BookingRequest request) {
        Patient patient = caller.subject();
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        UrgentMatters.refuseUrgentBooking(request.urgent(), clinic);
        Slot slot = Slot.<Slot>findByIdOptional(request.slotId()).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        if (!slot.gpHpr.equals(patient.gpHpr) || !slot.onlineBookable || !slot.startsAt.isAfter(now)) {
            throw new SlotNotBookable(clinic.name, clinic.phone);
        }
        // The patient's row lock orders two bookings of one patient, so both cannot pass the limit.
        Patient.findById(patient.id, LockModeType.PESSIMISTIC_WRITE);
        int limit = config.limits().futureBookings();
        if (futureBookings(patient.id, now) >= limit) {
            throw new BookingLimit(limit);
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        UUID id = insertIfFree(slot, patient, caller.self(), reason, now);
        Appointment appointment = Appointment.findById(id);

        AppointmentBooked event = new AppointmentBooked(id, slot.id, OsloTime.of(slot.startsAt),
                OsloTime.of(slot.endsAt), slot.gpHpr, reason == null ? "" : reason,
                ConversationService.person(patient), ConversationService.person(caller.self()), OsloTime.of(now));
        outbox.add(Topics.PORTAL_REQUESTS, AGGREGATE, EventEnvelope.of(event, slot.clinicOrg, id, OsloTime.of(now)));
        audit.record(caller.self().id, patient.id, "appointment.booked", AGGREGATE, id);
        notifications.appointmentBooked(patient.id, caller.self().id, slot.clinicOrg, id, slot.startsAt);
        return AppointmentViews.PatientAppointment.of(appointment, slot);
    }

    /**
     * Cancels one of the patient's appointments before it starts. Cancelling a cancelled
     * appointment again changes nothing and answers it as it is.
     */
    public AppointmentViews.PatientAppointment cancel(PatientCaller caller, UUID id) {
        Patient patient = caller.subject();
        Appointment appointment = Appointment.<Appointment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.patientId.equals(patient.id))
                .orElseThrow(NotFound::new);
        Slot slot = Slot.findById(appointment.slotId);
        if (appointment.status == Appointment.Status.CANCELLED) {
            return AppointmentViews.PatientAppointment.of(appointment, slot);
        }
        Instant now = clock.instant();
        if (!now.isBefore(slot.startsAt)) {
            Clinic clinic = Clinic.findById(appointment.clinicOrg);
            throw new AppointmentStarted(clinic.name, clinic.phone);
        }
        appointment.cancel(caller.self().id, now);

        AppointmentCancelled event = new AppointmentCancelled(id, OsloTime.of(slot.startsAt), OsloTime.of(slot.endsAt),
                slot.gpHpr, ConversationService.person(patient), ConversationService.person(caller.self()),
                OsloTime.of(now));
        outbox.add(Topics.PORTAL_REQUESTS, AGGREGATE,
                EventEnvelope.of(event, appointment.clinicOrg, id, OsloTime.of(now)));
        audit.record(caller.self().id, patient.id, "appointment.cancelled", AGGREGATE, id);
        notifications.appointmentCancelled(patient.id, appointment.bookedById, appointment.clinicOrg, id,
                slot.startsAt);
        return AppointmentViews.PatientAppointment.of(appointment, slot);
    }

    /** The patient's appointments, booked and cancelled, the latest start first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AppointmentViews.PatientAppointment> list(UUID patientId, PageRequest paging) {
        Page<Appointment> page = PagedQuery.page(em, Appointment.class,
                "appointment e join slot s on s.id = e.slot_id", "e.patient_id = :patient",
                "s.starts_at desc, e.booked_at desc, e.id", Map.of("patient", patientId), paging);
        Map<UUID, Slot> slots = Slots.byId(page.items().stream().map(a -> a.slotId).toList());
        return page.map(a -> AppointmentViews.PatientAppointment.of(a, slots.get(a.slotId)));
    }

    /**
     * The clinic's inbox has the notice: the patient sees that the clinic got it (the first time
     * only). One conditional update of that one field: it never writes the appointment's other
     * fields, so a cancellation at the same moment stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void noticeReceived(@Observes AppointmentNoticed notice) {
        NativeSql.write(em, """
                update appointment set received_by_clinic_at = ?1
                where id = ?2 and received_by_clinic_at is null""", "appointment")
                .setParameter(1, notice.receivedAt())
                .setParameter(2, notice.appointmentId())
                .executeUpdate();
    }

    private UUID insertIfFree(Slot slot, Patient patient, Patient bookedBy, String reason, Instant now) {
        List<UUID> inserted = NativeSql.<UUID>write(em, """
                insert into appointment (id, slot_id, patient_id, booked_by_id, clinic_org, reason, status, booked_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 'BOOKED', ?7)
                on conflict (slot_id) where status = 'BOOKED' do nothing
                returning id""", "appointment")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, slot.id)
                .setParameter(3, patient.id)
                .setParameter(4, bookedBy.id)
                .setParameter(5, slot.clinicOrg)
                .setParameter(6, reason)
                .setParameter(7, now)
                .getResultList();
        if (inserted.isEmpty()) {
            throw new SlotTaken();
        }
        return inserted.get(0);
    }
}
