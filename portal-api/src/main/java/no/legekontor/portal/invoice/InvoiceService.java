package no.legekontor.portal.invoice;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.appointment.Appointment;
import no.legekontor.portal.appointment.AppointmentAttended;
import no.legekontor.portal.appointment.Slot;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.conversation.ClinicEvents;
import no.legekontor.portal.conversation.ClinicReplied;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.notification.Notifications;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.shared.identity.Kid;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.NotFound;

/**
 * Issues the invoices of R12 and shows them to the patient. Every invoice comes to be through
 * {@link #issue}, in the transaction of what caused it (the GP's answer arriving, the clinic
 * system recording attendance): one {@code insert ... on conflict do nothing} against the unique
 * conversation and appointment columns, so the same cause twice, or twice at once, is one invoice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InvoiceService {

    /** Invoice numbers are padded to this many digits before the KID's check digit is added. */
    static final int NUMBER_DIGITS = 9;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    Notifications notifications;

    /**
     * What is invoiced, to whom, for how much.
     *
     * @param conversationId E_CONSULTATION: the answered conversation, else null
     * @param appointmentId  CONSULTATION: the attended appointment, else null
     * @param gpHpr          the GP who answered or saw the patient
     * @param serviceDate    the day of the answer or the appointment (Oslo)
     * @param actedById      who sent the request or booked the appointment: a guardian is told of a
     *                       child's invoice
     */
    public record NewInvoice(UUID patientId, UUID actedById, String clinicOrg, Invoice.Service service,
            UUID conversationId, UUID appointmentId, String gpHpr, LocalDate serviceDate, Fee fee) {
    }

    /**
     * The one way an invoice comes to be: due {@code portal.invoice-due-days} after today, with a
     * KID made from a new invoice number; 0 NOK (a child) is PAID at once, nothing being owed.
     *
     * @return the new invoice; empty when its conversation or appointment already has one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Invoice> issue(NewInvoice invoice) {
        Instant now = clock.instant();
        long number = ((Number) em.createNativeQuery("select nextval('invoice_number')").getSingleResult())
                .longValue();
        Kid kid = Kid.withCheckDigit(String.format("%0" + NUMBER_DIGITS + "d", number));
        boolean nothingToPay = invoice.fee().amountNok() == 0;
        List<UUID> inserted = NativeSql.<UUID>write(em, """
                insert into invoice (id, number, kid, patient_id, clinic_org, service, conversation_id, appointment_id,
                                     gp_hpr, service_date, amount_nok, exempt, issued_at, due_on, status, paid_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                on conflict do nothing
                returning id""", "invoice")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, number)
                .setParameter(3, kid.value())
                .setParameter(4, invoice.patientId())
                .setParameter(5, invoice.clinicOrg())
                .setParameter(6, invoice.service().name())
                .setParameter(7, invoice.conversationId())
                .setParameter(8, invoice.appointmentId())
                .setParameter(9, invoice.gpHpr())
                .setParameter(10, invoice.serviceDate())
                .setParameter(11, invoice.fee().amountNok())
                .setParameter(12, invoice.fee().exempt())
                .setParameter(13, now)
                .setParameter(14, BusinessCalendar.dateOf(now).plusDays(config.invoiceDueDays()))
                .setParameter(15, (nothingToPay ? Invoice.Status.PAID : Invoice.Status.UNPAID).name())
                .setParameter(16, nothingToPay ? now : null)
                .getResultList();
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        // A new invoice is the moment to notify the patient (R13), once: here, when present.
        notifications.invoiceIssued(invoice.patientId(), invoice.actedById(), inserted.get(0), invoice.clinicOrg());
        return Optional.of(Invoice.findById(inserted.get(0)));
    }

    /**
     * A reply reached the patient's conversation: a GP's answer to an e-consultation is invoiced
     * at the fee quoted at submission (R7); an office reply, or any other kind of conversation, is
     * not. A follow-up's answer finds the first invoice and adds none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void replyPosted(@Observes @Priority(ClinicEvents.CONSEQUENCES) ClinicReplied reply) {
        Conversation conversation = reply.conversation();
        if (conversation.type != RequestType.E_CONSULTATION || !StaffRole.isGp(reply.authorRole())) {
            return;
        }
        LocalDate answeredOn = BusinessCalendar.dateOf(reply.sentAt());
        Fee fee = conversation.feeAmountNok != null
                ? new Fee(conversation.feeAmountNok, Boolean.TRUE.equals(conversation.feeExempt))
                // Every e-consultation stores its quoted fee; the rule of the day is only a backstop.
                : CoPayment.of(Patient.findById(conversation.patientId), Clinic.findById(conversation.clinicOrg),
                        answeredOn);
        issue(new NewInvoice(conversation.patientId, conversation.submittedById, conversation.clinicOrg,
                Invoice.Service.E_CONSULTATION, conversation.id, null, reply.authorHpr(), answeredOn, fee));
    }

    /**
     * The clinic system marked the appointment attended: invoiced at the clinic's fee, nothing for
     * a child under 16 on the day of the appointment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Invoice> appointmentAttended(Appointment appointment, Slot slot, Patient patient) {
        LocalDate day = BusinessCalendar.dateOf(slot.startsAt);
        Fee fee = CoPayment.of(patient, Clinic.findById(appointment.clinicOrg), day);
        return issue(new NewInvoice(patient.id, appointment.bookedById, appointment.clinicOrg,
                Invoice.Service.CONSULTATION, null, appointment.id, slot.gpHpr, day, fee));
    }

    /** The clinic system recorded an attended appointment: its invoice, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAttended(@Observes AppointmentAttended attended) {
        appointmentAttended(attended.appointment(), attended.slot(), attended.patient());
    }

    /** The same for an appointment known by id (the demo data's), when it is booked and attended. */
    @Transactional
    public Optional<Invoice> appointmentAttended(UUID appointmentId) {
        Appointment appointment = Appointment.findById(appointmentId);
        if (appointment == null || appointment.status != Appointment.Status.BOOKED
                || !Boolean.TRUE.equals(appointment.attended)) {
            return Optional.empty();
        }
        return appointmentAttended(appointment, Slot.findById(appointment.slotId),
                Patient.findById(appointment.patientId));
    }

    /** The patient's invoices, the newest first. */
    public Page<InvoiceViews.InvoiceView> list(UUID patientId, PageRequest paging) {
        return PagedQuery.page(em, Invoice.class, "invoice e", "e.patient_id = :patient",
                        "e.issued_at desc, e.number desc", Map.of("patient", patientId), paging)
                .map(InvoiceViews.InvoiceView::of);
    }

    /** One of the patient's invoices, as a receipt; another person's is not found. */
    public InvoiceViews.InvoiceView get(UUID patientId, UUID id) {
        return Invoice.<Invoice>findByIdOptional(id)
                .filter(i -> i.patientId.equals(patientId))
                .map(InvoiceViews.InvoiceView::of)
                .orElseThrow(NotFound::new);
    }
}
