package no.legekontor.inbox.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.PractitionerRegistered;
import no.legekontor.shared.event.PractitionerRemoved;
import no.legekontor.shared.event.PractitionerRoleChanged;
import no.legekontor.support.persistence.NativeSql;

/**
 * The clinics' GPs and office staff, as portal-api announces them (a clinic system registers them
 * there). Each event carries the practitioner's revision at the portal; an upsert applies it only
 * when it is newer than the stored one, in one statement, so events applied twice, late or at once
 * leave the latest state.
 */
@ApplicationScoped
public class Practitioners {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether {@code hprNumber} is a practitioner of {@code clinicOrg} in {@code role} now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPractitioner(String hprNumber, String clinicOrg, String role) {
        return !em.createNativeQuery("""
                select 1 from practitioner
                where hpr_number = ?1 and clinic_org = ?2 and role = ?3 and not removed""")
                .setParameter(1, hprNumber)
                .setParameter(2, clinicOrg)
                .setParameter(3, role)
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(EventEnvelope event, PractitionerRegistered registered) {
        upsert(registered.hprNumber(), event.clinicId(), registered.name(), registered.role(), false,
                registered.revision());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void roleChanged(EventEnvelope event, PractitionerRoleChanged changed) {
        upsert(changed.hprNumber(), event.clinicId(), changed.name(), changed.role(), false, changed.revision());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(EventEnvelope event, PractitionerRemoved removed) {
        // Name and role are kept from before (or, for a removal that overtook the registration, the
        // row stays removed until a newer registration comes).
        NativeSql.write(em, """
                insert into practitioner (hpr_number, clinic_org, name, role, removed, revision, updated_at)
                values (?1, ?2, '', 'office', true, ?3, ?4)
                on conflict (hpr_number) do update set removed = true, clinic_org = excluded.clinic_org,
                  revision = excluded.revision, updated_at = excluded.updated_at
                  where practitioner.revision < excluded.revision""", "practitioner")
                .setParameter(1, removed.hprNumber())
                .setParameter(2, event.clinicId())
                .setParameter(3, removed.revision())
                .setParameter(4, clock.instant())
                .executeUpdate();
    }

    private void upsert(String hprNumber, String clinicOrg, String name, String role, boolean removed, long revision) {
        NativeSql.write(em, """
                insert into practitioner (hpr_number, clinic_org, name, role, removed, revision, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (hpr_number) do update set clinic_org = excluded.clinic_org, name = excluded.name,
                  role = excluded.role, removed = excluded.removed, revision = excluded.revision,
                  updated_at = excluded.updated_at
                  where practitioner.revision < excluded.revision""", "practitioner")
                .setParameter(1, hprNumber)
                .setParameter(2, clinicOrg)
                .setParameter(3, name)
                .setParameter(4, role)
                .setParameter(5, removed)
                .setParameter(6, revision)
                .setParameter(7, clock.instant())
                .executeUpdate();
    }
}
