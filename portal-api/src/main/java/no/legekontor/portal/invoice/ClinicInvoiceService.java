package no.legekontor.portal.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;

/** What a clinic system sees of its own clinic's invoices, and marking one paid; never another clinic's. */
@ApplicationScoped
@Transactional
public class ClinicInvoiceService {

    static final String AGGREGATE = "invoice";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** The clinic's invoices, the newest first; only those with the status or KID when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvoiceViews.ClinicInvoice> list(String clinicOrg, Invoice.Status status, String kid,
            PageRequest paging) {
        StringBuilder where = new StringBuilder("e.clinic_org = :clinic");
        Map<String, Object> params = new HashMap<>(Map.of("clinic", clinicOrg));
        if (status != null) {
            where.append(" and e.status = :status");
            params.put("status", status.name());
        }
        if (kid != null) {
            where.append(" and e.kid = :kid");
            params.put("kid", kid);
        }
        Page<Invoice> page = PagedQuery.page(em, Invoice.class, "invoice e", where.toString(),
                "e.issued_at desc, e.number desc", params, paging);
        Map<UUID, Patient> patients = patients(page.items().stream().map(i -> i.patientId).distinct().toList());
        return page.map(i -> InvoiceViews.ClinicInvoice.of(i, patients.get(i.patientId)));
    }

    /**
     * The clinic had the money: the invoice is PAID from now. Marking a paid invoice paid again
     * changes nothing (its first {@code paidAt} stays) and answers it as it is.
     */
    public InvoiceViews.ClinicInvoice markPaid(String clinicOrg, UUID id) {
        Invoice invoice = Invoice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || !invoice.clinicOrg.equals(clinicOrg)) {
            throw new NotFound();
        }
        if (invoice.markPaid(clock.instant())) {
            audit.recordByClinicSystem(clinicOrg, invoice.patientId, "invoice.paid", AGGREGATE, invoice.id);
        } else {
            // Paid before: the answer still shows the patient's invoice to the clinic system.
            audit.recordViewByClinicSystem(clinicOrg, invoice.patientId, "invoice.read", AGGREGATE, invoice.id);
        }
        return InvoiceViews.ClinicInvoice.of(invoice, Patient.findById(invoice.patientId));
    }

    private static Map<UUID, Patient> patients(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Patient> found = Patient.list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
