package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import no.legekontor.support.persistence.NativeSql;
import org.hibernate.type.StandardBasicTypes;

/**
 * Who read or changed what of whose data, and when, written in the same transaction as the read or
 * the change: a guardian's actions are recorded as the guardian's, on behalf of the child (R11);
 * a clinic system's and clinic staff's for each patient whose data it was. Entries are only ever
 * added (the table refuses updates and deletes), with one exception that keeps a flood of reads from
 * burying the rest: a view identical to one at most {@link #REPEAT_WINDOW} older (the same viewer,
 * person, action and thing) raises that entry's count instead of adding one.
 */
@ApplicationScoped
public class AuditLog {

    static final String PATIENT = "PATIENT";
    static final String STAFF = "STAFF";
    static final String CLINIC_SYSTEM = "CLINIC_SYSTEM";

    /** Identical views within this time of an entry are counted in it (issue 19). */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A clinic staff member as the clinic's events name them.
     *
     * @param hpr  HPR number
     * @param name as patients see it
     * @param role {@code gp} or {@code office}
     */
    public record Staff(String hpr, String name, String role) {
    }

    /**
     * @param actorId      the person logged in
     * @param subjectId    the person it was done for (the actor, or the child)
     * @param action       what was done, e.g. {@code e-consultation.submitted}
     * @param resourceType what it was done to, e.g. {@code conversation}
     * @param resourceId   its id, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID actorId, UUID subjectId, String action, String resourceType, UUID resourceId) {
        insert(actorId, PATIENT, null, subjectId, action, resourceType, resourceId, false);
    }

    /** A read by the person or a guardian: counted in an identical entry of the last 10 minutes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordView(UUID actorId, UUID subjectId, String action, String resourceType, UUID resourceId) {
        insert(actorId, PATIENT, null, subjectId, action, resourceType, resourceId, true);
    }

    /**
     * Something a clinic system did to a patient's data (R15: moving the patient to its list).
     *
     * @param clinicOrg the clinic system's organisation number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByClinicSystem(String clinicOrg, UUID subjectId, String action, String resourceType,
            UUID resourceId) {
        insert(null, CLINIC_SYSTEM, clinicOrg, subjectId, action, resourceType, resourceId, false);
    }

    /** What a clinic system saw of a patient's data without changing it (a repeated call's answer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordViewByClinicSystem(String clinicOrg, UUID subjectId, String action, String resourceType,
            UUID resourceId) {
        insert(null, CLINIC_SYSTEM, clinicOrg, subjectId, action, resourceType, resourceId, true);
    }

    /**
     * A clinic system read or wrote these rows: one entry naming the row when {@code one}, else one
     * entry per patient the rows belong to (a page of a list). A read ({@code view}) is counted in an
     * identical entry of the last 10 minutes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByClinicSystem(String clinicOrg, AuditedResource resource, String action,
            Collection<UUID> ids, boolean one, boolean view) {
        insertForRows(CLINIC_SYSTEM, clinicOrg, null, resource, action, ids, one, clock.instant(), view);
    }

    /**
     * Clinic staff saw these rows at {@code at}: one entry per row, for its patient, counted in an
     * identical entry of the 10 minutes before. Rows the portal does not have are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByStaff(Staff staff, Instant at, AuditedResource resource, String action,
            Collection<UUID> ids) {
        insertForRows(STAFF, staff.hpr(), staff, resource, action, ids, true, at, true);
    }

    /** The same viewer, person, action and thing, in an entry at most 10 minutes older than {@code :at}. */
    private static final String SAME_VIEW = """
            a.subject_id = %s and a.occurred_at > :since and a.occurred_at <= :at and a.actor_type = :actorType
              and a.actor_id is not distinct from cast(:actorId as uuid)
              and a.actor_ref is not distinct from cast(:actorRef as text) and a.action = :action
              and a.resource_type = :type and a.resource_id is not distinct from %s""";

    private void insert(UUID actorId, String actorType, String actorRef, UUID subjectId, String action,
            String resourceType, UUID resourceId, boolean view) {
        Instant at = clock.instant();
        String insert = """
                insert into audit_event (id, occurred_at, actor_id, actor_type, actor_ref, subject_id, action,
                                         resource_type, resource_id)
                select :id, :at, :actorId, :actorType, :actorRef, :subject, :action, :type, :resourceId""";
        String sql = !view ? insert : """
                with repeated as (
                  update audit_event a set repeats = a.repeats + 1, last_occurred_at = :at
                  where %s
                  returning a.id)
                %s
                where not exists (select 1 from repeated)""".formatted(
                SAME_VIEW.formatted(":subject", "cast(:resourceId as uuid)"), insert);
        var query = NativeSql.write(em, sql, "audit_event")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", at)
                .setParameter("actorId", actorId, StandardBasicTypes.UUID)
                .setParameter("actorType", actorType)
                .setParameter("actorRef", actorRef, StandardBasicTypes.STRING)
                .setParameter("subject", subjectId)
                .setParameter("action", action)
                .setParameter("type", resourceType)
                .setParameter("resourceId", resourceId, StandardBasicTypes.UUID);
        if (view) {
            query.setParameter("since", at.minus(REPEAT_WINDOW));
        }
        query.executeUpdate();
    }

    /** One statement: the patients are found from the rows themselves. */
    private void insertForRows(String actorType, String actorRef, Staff staff, AuditedResource resource,
            String action, Collection<UUID> ids, boolean perRow, Instant at, boolean view) {
        if (ids.isEmpty()) {
            return;
        }
        String rows = "from " + resource.table() + " e where e.id in (:ids)";
        String subjects = perRow
                ? "select e." + resource.patientColumn() + " as subject, e.id as resource " + rows
                : "select distinct e." + resource.patientColumn() + " as subject, cast(null as uuid) as resource "
                        + rows;
        String insert = """
                insert into audit_event (id, occurred_at, actor_type, actor_ref, actor_name, actor_role, subject_id,
                                         action, resource_type, resource_id)
                select gen_random_uuid(), :at, :actorType, :actorRef, :name, :role, s.subject, :action, :type,
                       s.resource
                from s""";
        String sql = !view ? "with s as (" + subjects + ") " + insert : """
                with s as (%s),
                repeated as (
                  update audit_event a set repeats = a.repeats + 1, last_occurred_at = :at
                  from s where %s
                  returning a.subject_id, a.resource_id)
                %s
                where not exists (select 1 from repeated r where r.subject_id = s.subject
                                  and r.resource_id is not distinct from s.resource)""".formatted(subjects,
                SAME_VIEW.formatted("s.subject", "s.resource"), insert);
        var query = NativeSql.write(em, sql, "audit_event", resource.table())
                .setParameter("at", at)
                .setParameter("actorType", actorType)
                .setParameter("actorRef", actorRef)
                .setParameter("name", staff == null ? null : staff.name(), StandardBasicTypes.STRING)
                .setParameter("role", staff == null ? null : staff.role(), StandardBasicTypes.STRING)
                .setParameter("action", action)
                .setParameter("type", resource.type())
                .setParameterList("ids", ids, StandardBasicTypes.UUID);
        if (view) {
            query.setParameter("since", at.minus(REPEAT_WINDOW))
                    .setParameter("actorId", null, StandardBasicTypes.UUID);
        }
        query.executeUpdate();
    }
}
