package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import no.legekontor.support.persistence.NativeSql;
import org.hibernate.type.StandardBasicTypes;

/**
 * Who read or changed what of whose data, and when, written in the same transaction as the read or
 * the change: a guardian's actions are recorded as the guardian's, on behalf of the child (R11);
 * a clinic system's and clinic staff's for each patient whose data it was. Entries are only ever
 * added (the table refuses updates and deletes).
 */
@ApplicationScoped
public class AuditLog {

    static final String PATIENT = "PATIENT";
    static final String STAFF = "STAFF";
    static final String CLINIC_SYSTEM = "CLINIC_SYSTEM";

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
        insert(actorId, PATIENT, null, subjectId, action, resourceType, resourceId);
    }

    /**
     * Something a clinic system did to a patient's data (R15: moving the patient to its list).
     *
     * @param clinicOrg the clinic system's organisation number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByClinicSystem(String clinicOrg, UUID subjectId, String action, String resourceType,
            UUID resourceId) {
        insert(null, CLINIC_SYSTEM, clinicOrg, subjectId, action, resourceType, resourceId);
    }

    /**
     * A clinic system read or wrote these rows: one entry naming the row when {@code one}, else one
     * entry per patient the rows belong to (a page of a list).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByClinicSystem(String clinicOrg, AuditedResource resource, String action,
            Collection<UUID> ids, boolean one) {
        insertForRows(CLINIC_SYSTEM, clinicOrg, null, resource, action, ids, one, clock.instant());
    }

    /**
     * Clinic staff read or wrote these rows at {@code at}: one entry per row, for its patient. Rows
     * the portal does not have are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByStaff(Staff staff, Instant at, AuditedResource resource, String action,
            Collection<UUID> ids) {
        insertForRows(STAFF, staff.hpr(), staff, resource, action, ids, true, at);
    }

    private void insert(UUID actorId, String actorType, String actorRef, UUID subjectId, String action,
            String resourceType, UUID resourceId) {
        NativeSql.write(em, """
                insert into audit_event (id, occurred_at, actor_id, actor_type, actor_ref, subject_id, action,
                                         resource_type, resource_id)
                values (:id, :at, :actorId, :actorType, :actorRef, :subject, :action, :type, :resourceId)""",
                "audit_event")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", clock.instant())
                .setParameter("actorId", actorId, StandardBasicTypes.UUID)
                .setParameter("actorType", actorType)
                .setParameter("actorRef", actorRef, StandardBasicTypes.STRING)
                .setParameter("subject", subjectId)
                .setParameter("action", action)
                .setParameter("type", resourceType)
                .setParameter("resourceId", resourceId, StandardBasicTypes.UUID)
                .executeUpdate();
    }

    /** One statement: the patients are found from the rows themselves. */
    private void insertForRows(String actorType, String actorRef, Staff staff, AuditedResource resource,
            String action, Collection<UUID> ids, boolean perRow, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        String rows = "from " + resource.table() + " e where e.id in (:ids)";
        String subjects = perRow
                ? "select e." + resource.patientColumn() + " as subject, e.id as resource " + rows
                : "select distinct e." + resource.patientColumn() + " as subject, cast(null as uuid) as resource "
                        + rows;
        NativeSql.write(em, """
                insert into audit_event (id, occurred_at, actor_type, actor_ref, actor_name, actor_role, subject_id,
                                         action, resource_type, resource_id)
                select gen_random_uuid(), :at, :actorType, :actorRef, :name, :role, s.subject, :action, :type,
                       s.resource
                from (%s) s""".formatted(subjects), "audit_event", resource.table())
                .setParameter("at", at)
                .setParameter("actorType", actorType)
                .setParameter("actorRef", actorRef)
                .setParameter("name", staff == null ? null : staff.name(), StandardBasicTypes.STRING)
                .setParameter("role", staff == null ? null : staff.role(), StandardBasicTypes.STRING)
                .setParameter("action", action)
                .setParameter("type", resource.type())
                .setParameterList("ids", ids, StandardBasicTypes.UUID)
                .executeUpdate();
    }
}
