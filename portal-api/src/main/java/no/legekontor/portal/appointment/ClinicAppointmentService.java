package no.legekontor.portal.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.invoice.InvoiceService;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;

/** What a clinic system sees and records of its own clinic's appointments; never another clinic's. */
@ApplicationScoped
@Transactional
public class ClinicAppointmentService {

    @Inject
    EntityManager em;

    @Inject
    InvoiceService invoices;

    /** The clinic's bookings and cancellations whose slot starts in the range, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AppointmentViews.ClinicAppointment> list(String clinicOrg, DateRange range, PageRequest paging) {
        Page<Appointment> page = PagedQuery.page(em, Appointment.class,
                "appointment e join slot s on s.id = e.slot_id",
                "e.clinic_org = :clinic and s.starts_at >= :from and s.starts_at < :to",
                "s.starts_at, e.booked_at, e.id",
                Map.of("clinic", clinicOrg, "from", range.start(), "to", range.end()), paging);
        Map<UUID, Slot> slots = Slots.byId(page.items().stream().map(a -> a.slotId).toList());
        Map<UUID, Patient> patients = patients(page.items().stream().map(a -> a.patientId).distinct().toList());
        return page.map(a -> AppointmentViews.ClinicAppointment.of(a, slots.get(a.slotId), patients.get(a.patientId)));
    }

    /**
     * Records whether the patient came; the same answer twice changes nothing. An attended
     * appointment is invoiced (R12) in the same transaction, once however often it is recorded.
     */
    public AppointmentViews.ClinicAppointment recordAttendance(String clinicOrg, UUID id, boolean attended) {
        // Locked like the patient's cancellation: one waits for the other, and sees what it did.
        Appointment appointment = Appointment.<Appointment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.clinicOrg.equals(clinicOrg))
                .orElseThrow(NotFound::new);
        appointment.recordAttendance(attended);
        Slot slot = Slot.findById(appointment.slotId);
        Patient patient = Patient.findById(appointment.patientId);
        if (attended) {
            invoices.appointmentAttended(appointment, slot, patient);
        }
        return AppointmentViews.ClinicAppointment.of(appointment, slot, patient);
    }

    private static Map<UUID, Patient> patients(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Patient> found = Patient.list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
