package no.legekontor.portal.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews;
import no.legekontor.portal.account.GeneralPractitioner;
import no.legekontor.portal.account.GuardianAdded;
import no.legekontor.portal.account.Guardianship;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.account.Transfer;
import no.legekontor.portal.account.TransferRequested;
import no.legekontor.portal.account.TransferView;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.problem.NotFound;

/**
 * What clinic systems register: patients on their GPs' lists, and guardians of their child
 * patients (their practitioners: {@link PractitionerService}). Upserts are single statements, so
 * two systems sending the same registration at once end with one row, not an error.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProxyAccess proxies;

    @Inject
    AuditLog audit;

    @Inject
    Event<TransferRequested> transferRequests;

    @Inject
    Event<GuardianAdded> guardiansAdded;

    /** The outcome of an upsert: what is registered now, and whether this call created it. */
    public record Outcome<T>(T value, boolean created) {
    }

    /**
     * What registering a patient gave: the registration (created or updated), or, for a patient of
     * another clinic sent with {@code transfer: true}, the request to take them over.
     */
    public record PatientOutcome(Outcome<PatientRegistration.Registered> registered, TransferView transfer) {
    }

    /**
     * Puts a person on one of the clinic's GPs' lists (R15). The upsert changes only the clinic's own
     * patients, so a person registered at another clinic is never moved here: without
     * {@code transfer} the answer is 409 {@code registered-elsewhere} (which tells the clinic that the
     * person exists, so it is written to the person's access log and commits with it); with it, a
     * request the person answers in the portal.
     */
    @Transactional(dontRollbackOn = RegisteredElsewhere.class)
    public PatientOutcome registerPatient(String clinicOrg, PatientRegistration request) {
        NationalId id = nationalId("nationalId", request.nationalId());
        GeneralPractitioner gp = GeneralPractitioner.gpAt(clinicOrg, request.gpHpr()).orElseThrow(UnknownGp::new);
        String name = request.name().strip();
        List<Object[]> rows = NativeSql.<Object[]>write(em, """
                insert into patient (id, national_id, name, birth_date, clinic_org, gp_hpr, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (national_id) do update
                  set name = excluded.name, gp_hpr = excluded.gp_hpr
                  where patient.clinic_org = excluded.clinic_org
                returning id, (xmax = 0) as created""", "patient")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, id.value())
                .setParameter(3, name)
                .setParameter(4, id.birthDate())
                .setParameter(5, clinicOrg)
                .setParameter(6, gp.hprNumber)
                .setParameter(7, clock.instant())
                .getResultList();
        if (!rows.isEmpty()) {
            return new PatientOutcome(new Outcome<>(new PatientRegistration.Registered((UUID) rows.get(0)[0], name,
                    new AccountViews.Gp(gp.name, gp.hprNumber), AccountViews.ClinicView.of(clinicOrg)),
                    (Boolean) rows.get(0)[1]), null);
        }
        // The person is another clinic's patient: lock the row, which an accepted transfer changes.
        Patient person = Patient.<Patient>find("nationalId", id.value()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (!Boolean.TRUE.equals(request.transfer())) {
            audit.recordViewByClinicSystem(clinicOrg, person.id, "patient.registered-elsewhere", "patient", person.id);
            throw new RegisteredElsewhere();
        }
        return new PatientOutcome(null, requestTransfer(clinicOrg, person, gp, name));
    }

    /**
     * A request to take the person over, pending until the person answers (R15). The same clinic
     * asking again while its request waits gets that request; a newer request of another clinic
     * replaces a waiting one.
     */
    private TransferView requestTransfer(String clinicOrg, Patient person, GeneralPractitioner gp, String name) {
        Instant now = clock.instant();
        Optional<Transfer> waiting = Transfer.pendingFor(person.id);
        if (waiting.isPresent() && waiting.get().toClinic.equals(clinicOrg)
                && waiting.get().statusAt(now) == Transfer.Status.PENDING) {
            return TransferView.forClinic(waiting.get(), now);
        }
        waiting.ifPresent(older -> {
            older.close(now);
            em.flush(); // the one-pending-per-person index sees the older closed before the insert
        });
        Transfer transfer = Transfer.request(person, clinicOrg, gp.hprNumber, name, now);
        transfer.persist();
        audit.recordByClinicSystem(clinicOrg, person.id, "transfer.requested", "transfer", transfer.id);
        transferRequests.fire(new TransferRequested(transfer));
        return TransferView.forClinic(transfer, now);
    }

    public Outcome<GuardianshipRegistration.Registered> registerGuardianship(String clinicOrg,
            GuardianshipRegistration request) {
        NationalId guardianId = nationalId("guardianNationalId", request.guardianNationalId());
        NationalId childId = nationalId("childNationalId", request.childNationalId());
        if (guardianId.equals(childId)) {
            throw new InvalidInput("childNationalId", "same-as-guardian");
        }
        if (!proxies.allowedOn(childId, BusinessCalendar.today(clock))) {
            throw new NotAChild(proxies.untilAge());
        }
        Patient guardian = Patient.byNationalId(guardianId).orElseThrow(() -> new UnknownPerson("guardianNationalId"));
        Patient child = Patient.byNationalId(childId)
                .filter(c -> c.clinicOrg.equals(clinicOrg))
                .orElseThrow(() -> new UnknownPerson("childNationalId"));
        List<UUID> inserted = NativeSql.<UUID>write(em, """
                insert into guardianship (id, guardian_id, child_id, clinic_org, created_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (guardian_id, child_id, clinic_org) where ended_at is null do nothing
                returning id""", "guardianship")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, guardian.id)
                .setParameter(3, child.id)
                .setParameter(4, clinicOrg)
                .setParameter(5, clock.instant())
                .getResultList();
        UUID id = inserted.isEmpty() ? Guardianship.active(guardian.id, child.id).orElseThrow().id : inserted.get(0);
        if (!inserted.isEmpty()) {
            guardiansAdded.fire(new GuardianAdded(id, guardian.id, child.id, clinicOrg));
        }
        return new Outcome<>(new GuardianshipRegistration.Registered(id,
                proxies.endsOn(childId)), !inserted.isEmpty());
    }

    /** A patient on the clinic's lists; another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PatientRegistration.Registered patient(String clinicOrg, UUID id) {
        Patient patient = Patient.<Patient>findByIdOptional(id).filter(p -> p.clinicOrg.equals(clinicOrg))
                .orElseThrow(NotFound::new);
        return new PatientRegistration.Registered(patient.id, patient.name, AccountViews.Gp.of(patient.gpHpr),
                AccountViews.ClinicView.of(clinicOrg));
    }

    /** An active guardianship the clinic registered; an ended or another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GuardianshipRegistration.Registered guardianship(String clinicOrg, UUID id) {
        Guardianship guardianship = Guardianship.<Guardianship>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(g -> g.clinicOrg.equals(clinicOrg) && g.endedAt == null)
                .orElseThrow(NotFound::new);
        Patient child = Patient.findById(guardianship.childId);
        return new GuardianshipRegistration.Registered(guardianship.id,
                proxies.endsOn(child.nationalId()));
    }

    /** Ends a guardianship of one of the caller's clinic's patients; from now on the guardian cannot act. */
    public void endGuardianship(String clinicOrg, UUID id) {
        Guardianship guardianship = Guardianship.<Guardianship>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(g -> g.clinicOrg.equals(clinicOrg) && g.endedAt == null)
                .orElseThrow(NotFound::new);
        guardianship.end(clock.instant());
    }

    /** A national id from a request field, or 400 {@code validation-failed} naming the field. */
    public static NationalId nationalId(String field, String value) {
        return NationalId.tryParse(value == null ? null : value.strip())
                .orElseThrow(() -> new InvalidInput(field, "national-id"));
    }
}
