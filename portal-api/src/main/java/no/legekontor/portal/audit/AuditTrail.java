package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.legekontor.portal.account.Patient;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.time.OsloTime;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Reads a person's access log, newest first, a page at a time by keyset: the names of guardians and clinics are looked up as
 * they are now, staff's as their events named them then.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    /** Self-reference in Norwegian, as the apps show it. */
    static final String YOU = "deg";

    @Inject
    EntityManager em;

    /**
     * A page of the subject's entries, newest first: the page after the position {@code after} names
     * (keyset: the entry's time and id), so every page costs one index range, however deep.
     */
    @SuppressWarnings("unchecked")
    public LogPage of(Patient subject, LogPageRequest paging) {
        Position after = paging.after == null ? null : Position.parse(paging.after);
        List<Object[]> rows = em.createNativeQuery("""
                        select a.occurred_at, a.actor_type, a.actor_id, a.actor_ref, a.actor_name, a.actor_role,
                               a.action, a.resource_type, a.resource_id, p.name as person, c.name as clinic,
                               a.id, a.repeats, a.last_occurred_at
                        from audit_event a
                        left join patient p on p.id = a.actor_id
                        left join clinic c on a.actor_type = 'CLINIC_SYSTEM' and c.org_number = a.actor_ref
                        where a.subject_id = :subject
                          and (cast(:at as timestamptz) is null or (a.occurred_at, a.id) < (:at, :id))
                        order by a.occurred_at desc, a.id desc
                        limit :limit""")
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
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("repeats", StandardBasicTypes.INTEGER)
                .addScalar("last_occurred_at", StandardBasicTypes.INSTANT)
                .setParameter("subject", subject.id)
                .setParameter("at", after == null ? null : after.at(), StandardBasicTypes.INSTANT)
                .setParameter("id", after == null ? null : after.id(), StandardBasicTypes.UUID)
                .setParameter("limit", paging.size + 1)
                .getResultList();
        boolean more = rows.size() > paging.size;
        List<Object[]> shown = more ? rows.subList(0, paging.size) : rows;
        int page = after == null ? 0 : after.page() + 1;
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = new Position(page, (Instant) last[0], (UUID) last[11]).toString();
        }
        return new LogPage(shown.stream().map(row -> entry(row, subject)).toList(), count(subject.id), page,
                paging.size, next);
    }

    /** Where a page ends: its number, and the time and id of its last entry. Opaque to clients. */
    record Position(int page, Instant at, UUID id) {

        static Position parse(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(" ");
                long micros = Long.parseLong(parts[1]);
                return new Position(Math.max(0, Integer.parseInt(parts[0])),
                        Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw new InvalidInput("after", "cursor");
            }
        }

        @Override
        public String toString() {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (page + " " + micros + " " + id).getBytes(StandardCharsets.UTF_8));
        }
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
        int repeats = (Integer) row[12];
        return new AuditEntry(OsloTime.of((Instant) row[0]), who, actor, onBehalfOf, (String) row[6],
                (String) row[7], (UUID) row[8], repeats, repeats > 1 ? OsloTime.of((Instant) row[13]) : null);
    }

    private long count(UUID subjectId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where subject_id = :subject")
                .setParameter("subject", subjectId)
                .getSingleResult()).longValue();
    }
}
