package no.legekontor.portal.integration;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.legekontor.portal.account.GeneralPractitioner;
import no.legekontor.portal.integration.RegistrationService.Outcome;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.PractitionerKey;
import no.legekontor.shared.event.PractitionerRegistered;
import no.legekontor.shared.event.PractitionerRemoved;
import no.legekontor.shared.event.PractitionerRoleChanged;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.NotFound;
import no.legekontor.support.time.OsloTime;

/**
 * The clinics' GPs and office staff, as their clinic systems register and remove them. Every change
 * raises the practitioner's revision and tells inbox-service in the same transaction (through the
 * outbox, on {@code portal.requests.v1}, keyed by {@link PractitionerKey}): the inbox admits a staff
 * token only for a practitioner of the token's clinic in the token's role (issue 19).
 */
@ApplicationScoped
@Transactional
public class PractitionerService {

    static final String AGGREGATE = "practitioner";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Registers one of the clinic's GPs or office staff, idempotent by HPR number. A practitioner
     * working at another clinic stays there: the other clinic must remove them first.
     */
    public Outcome<Practitioner> register(String clinicOrg, PractitionerRegistration request) {
        // Locked, so that what the event says changed is what this registration changed. Read with SQL,
        // not as the (second-level cached) entity, which the upsert below changes behind Hibernate's back.
        List<Object[]> found = NativeSql.<Object[]>write(em, """
                select clinic_org, role, removed_at is not null from gp where hpr_number = ?1 for update""", "gp")
                .setParameter(1, request.hprNumber())
                .getResultList();
        Object[] before = found.isEmpty() ? null : found.get(0);
        boolean elsewhere = before != null && !clinicOrg.equals(before[0]);
        boolean removed = before != null && (Boolean) before[2];
        if (elsewhere && !removed) {
            throw new RegisteredElsewhere();
        }
        boolean returning = elsewhere || removed;
        String roleBefore = before == null ? null : (String) before[1];
        String name = request.name().strip();
        List<Object[]> rows = NativeSql.<Object[]>write(em, """
                insert into gp (hpr_number, name, clinic_org, role, announced) values (?1, ?2, ?3, ?4, true)
                on conflict (hpr_number) do update set name = excluded.name, role = excluded.role,
                  clinic_org = excluded.clinic_org, removed_at = null, revision = gp.revision + 1, announced = true
                  where gp.clinic_org = excluded.clinic_org or gp.removed_at is not null
                returning revision, (xmax = 0) as created""", "gp")
                .setParameter(1, request.hprNumber())
                .setParameter(2, name)
                .setParameter(3, clinicOrg)
                .setParameter(4, request.role().name())
                .getResultList();
        if (rows.isEmpty()) {
            throw new RegisteredElsewhere(); // registered at another clinic between the check and the upsert
        }
        // The second-level cache holds practitioners: drop this one's stale copy.
        em.getEntityManagerFactory().getCache().evict(GeneralPractitioner.class, request.hprNumber());
        long revision = ((Number) rows.get(0)[0]).longValue();
        boolean created = (Boolean) rows.get(0)[1] || returning;
        Practitioner practitioner = new Practitioner(request.hprNumber(), name, request.role());
        String role = request.role().staffRole();
        boolean roleChanged = !created && roleBefore != null && !roleBefore.equals(request.role().name());
        announce(clinicOrg, request.hprNumber(), roleChanged
                ? new PractitionerRoleChanged(request.hprNumber(), name, role, revision)
                : new PractitionerRegistered(request.hprNumber(), name, role, revision));
        return new Outcome<>(practitioner, created);
    }

    /**
     * Removes one of the clinic's practitioners: from now on the inbox refuses their staff token for
     * the clinic. Their row stays (their patients and records refer to it). Idempotent: removing a
     * removed practitioner of the clinic changes nothing; one the clinic never had is not found.
     */
    public void remove(String clinicOrg, String hprNumber) {
        if (!PractitionerRegistration.HPR_NUMBER.matcher(hprNumber).matches()) {
            throw new NotFound(); // no HPR number: nobody's
        }
        GeneralPractitioner practitioner = GeneralPractitioner.<GeneralPractitioner>findByIdOptional(hprNumber,
                        LockModeType.PESSIMISTIC_WRITE)
                .filter(p -> p.clinicOrg.equals(clinicOrg))
                .orElseThrow(NotFound::new);
        if (practitioner.removedAt != null) {
            return;
        }
        practitioner.removedAt = clock.instant();
        practitioner.revision++;
        practitioner.announced = true;
        announce(clinicOrg, hprNumber, new PractitionerRemoved(hprNumber, practitioner.revision));
    }

    /**
     * Tells the inbox every practitioner it has not been told of: rows from before practitioners
     * were announced (an upgraded system) and the demo staff, whom the demo script writes directly.
     * The update claims the rows, so replicas starting at once announce each of them once. Returns
     * how many it announced.
     */
    public int announcePending() {
        List<Object[]> pending = NativeSql.<Object[]>write(em, """
                update gp set announced = true where not announced
                returning hpr_number, name, clinic_org, role, revision, removed_at is not null""", "gp")
                .getResultList();
        for (Object[] row : pending) {
            String hprNumber = (String) row[0];
            long revision = ((Number) row[4]).longValue();
            announce((String) row[2], hprNumber, (Boolean) row[5] ? new PractitionerRemoved(hprNumber, revision)
                    : new PractitionerRegistered(hprNumber, (String) row[1],
                            GeneralPractitioner.Role.valueOf((String) row[3]).staffRole(), revision));
        }
        return pending.size();
    }

    void announcePendingAtStart(@Observes StartupEvent start) {
        announcePending();
    }

    /** The clinic's GPs and office staff, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Practitioner> practitioners(String clinicOrg) {
        return GeneralPractitioner.<GeneralPractitioner>list(
                        "clinicOrg = ?1 and removedAt is null order by name, hprNumber", clinicOrg)
                .stream()
                .map(p -> new Practitioner(p.hprNumber, p.name, p.role))
                .toList();
    }

    /** One of the clinic's practitioners; a removed one, or another clinic's, is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practitioner practitioner(String clinicOrg, String hprNumber) {
        return GeneralPractitioner.at(clinicOrg, hprNumber)
                .map(p -> new Practitioner(p.hprNumber, p.name, p.role))
                .orElseThrow(NotFound::new);
    }

    private void announce(String clinicOrg, String hprNumber, EventPayload event) {
        OffsetDateTime now = OsloTime.of(clock.instant());
        outbox.add(Topics.PORTAL_REQUESTS, AGGREGATE,
                EventEnvelope.of(event, clinicOrg, PractitionerKey.of(hprNumber), now));
    }
}
