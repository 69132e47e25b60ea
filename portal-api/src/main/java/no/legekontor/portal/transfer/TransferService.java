package no.legekontor.portal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.account.Transfer;
import no.legekontor.portal.account.TransferView;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;

/**
 * The person's answer to a clinic's request to take them over (R15): only an accepted request moves
 * them, to the requesting clinic's GP. A child under 16 is answered for by a current guardian (the
 * access rules have checked the guardianship). Every writer of the patient takes its row lock first;
 * the request's transitions are {@link Transfer}'s.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    @Inject
    ProxyAccess proxies;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** The requests to take the person over, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransferView> list(PatientCaller caller, PageRequest paging) {
        Instant now = clock.instant();
        return PagedQuery.page(em, Transfer.class, "transfer e", "e.patient_id = :patient",
                "e.requested_at desc, e.id", Map.of("patient", caller.subject().id), paging)
                .map(t -> TransferView.forPerson(t, now));
    }

    /** Accepts the request: the person moves to the requesting clinic's GP; once, however often asked. */
    public TransferView accept(PatientCaller caller, UUID id) {
        Instant now = clock.instant();
        Patient person = Patient.findById(caller.subject().id, LockModeType.PESSIMISTIC_WRITE);
        Transfer transfer = answerable(caller, person, id);
        if (transfer.accept(caller.self().id, now)) {
            person.clinicOrg = transfer.toClinic;
            person.gpHpr = transfer.gpHpr;
            person.name = transfer.name;
            audit.record(caller.self().id, person.id, "patient.transferred", "patient", person.id);
        }
        return TransferView.forPerson(transfer, now);
    }

    /** Declines the request: the person stays where they are. */
    public TransferView decline(PatientCaller caller, UUID id) {
        Instant now = clock.instant();
        Patient person = Patient.findById(caller.subject().id, LockModeType.PESSIMISTIC_WRITE);
        Transfer transfer = answerable(caller, person, id);
        transfer.decline(caller.self().id, now);
        return TransferView.forPerson(transfer, now);
    }

    private Transfer answerable(PatientCaller caller, Patient person, UUID id) {
        Transfer transfer = Transfer.<Transfer>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(t -> t.patientId.equals(person.id))
                .orElseThrow(NotFound::new);
        if (caller.self().id.equals(person.id) && proxies.allowedOn(person.nationalId(), BusinessCalendar.today(clock))) {
            throw new GuardianConsentRequired(proxies.untilAge());
        }
        return transfer;
    }
}
