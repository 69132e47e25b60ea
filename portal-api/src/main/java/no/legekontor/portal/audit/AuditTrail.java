package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.legekontor.portal.account.Patient;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.time.OsloTime;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Reads a person's access log, newest first: the names of guardians and clinics are looked up as
 * they are now, staff's as their events named them then.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    /** Self-reference in Norwegian, as the apps show it. */
    static final String YOU = "deg";

    @Inject
    EntityManager em;

    /** A page of the subject's entries, newest first. */
    @SuppressWarnings("unchecked")
    public Page<AuditEntry> of(Patient subject, PageRequest paging) {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.occurred_at, a.actor_type, a.actor_id, a.actor_ref, a.actor_name, a.actor_role,
                               a.action, a.resource_type, a.resource_id, p.name as person, c.name as clinic,
                               count(*) over () as total
                        from audit_event a
                        left join patient p on p.id = a.actor_id
                        left join clinic c on a.actor_type = 'CLINIC_SYSTEM' and c.org_number = a.actor_ref
                        where a.subject_id = :subject
                        order by a.occurred_at desc, a.id
                        limit :limit offset :offset""")
                .unwrap(NativeQuery.class)
                .addScalar("occurred_at", StandardBasicTypes.INSTANT)
                .addScalar("actor_type", StandardBasicTypes.STRING)
                .addScalar("actor_id", StandardBasicTypes.UUID)
                .addScalar("actor_ref", StandardBasicTypes.STRING)
                .addScalar("actor_name", StandardBasicTypes.STRING)
                .addScalar("actor_role", StandardBasicTypes.STRING)
                .addScalar("action", StandardBasicTypes.STRING)
                .addScalar("resource_type", StandardBasicTypes.STRING)
                .addScalar("resource_id", StandardBasicTypes.UUID)
                .addScalar("person", StandardBasicTypes.STRING)
                .addScalar("clinic", StandardBasicTypes.STRING)
                .addScalar("total", StandardBasicTypes.LONG)
                .setParameter("subject", subject.id)
                .setParameter("limit", paging.size)
                .setParameter("offset", paging.offset())
                .getResultList();
        long total = rows.isEmpty() ? count(subject.id) : (Long) rows.get(0)[11];
        return new Page<>(rows.stream().map(row -> entry(row, subject)).toList(), total, paging.page, paging.size);
    }

    private static AuditEntry entry(Object[] row, Patient subject) {
        String actorType = (String) row[1];
        UUID actorId = (UUID) row[2];
        String actorRef = (String) row[3];
        AuditEntry.Actor actor;
        String who;
        String onBehalfOf = null;
        switch (actorType) {
            case AuditLog.STAFF -> {
                String role = (String) row[5];
                actor = new AuditEntry.Actor(AuditEntry.ActorKind.STAFF, (String) row[4], role, actorRef, null);
                who = role == null ? (String) row[4] : row[4] + ", " + AuditEntry.roleName(role);
            }
            case AuditLog.CLINIC_SYSTEM -> {
                String clinic = row[10] == null ? actorRef : (String) row[10];
                actor = new AuditEntry.Actor(AuditEntry.ActorKind.CLINIC_SYSTEM, clinic, null, null, actorRef);
                who = clinic;
            }
            default -> {
                boolean self = subject.id.equals(actorId);
                actor = new AuditEntry.Actor(self ? AuditEntry.ActorKind.SELF : AuditEntry.ActorKind.GUARDIAN,
                        (String) row[9], null, null, null);
                who = self ? YOU : (String) row[9];
                onBehalfOf = self ? null : subject.name;
            }
        }
        return new AuditEntry(OsloTime.of((Instant) row[0]), who, actor, onBehalfOf, (String) row[6],
                (String) row[7], (UUID) row[8]);
    }

    private long count(UUID subjectId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where subject_id = :subject")
                .setParameter("subject", subjectId)
                .getSingleResult()).longValue();
    }
}
