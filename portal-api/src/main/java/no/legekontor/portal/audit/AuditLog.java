package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Who did what for whom, written in the same transaction as the change: a guardian's actions are
 * recorded as the guardian's, on behalf of the child (R11).
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param actorId      the person logged in
     * @param subjectId    the person it was done for (the actor, or the child)
     * @param action       what was done, e.g. {@code e-consultation.submitted}
     * @param resourceType what it was done to, e.g. {@code conversation}
     * @param resourceId   its id, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID actorId, UUID subjectId, String action, String resourceType, UUID resourceId) {
        insert(actorId, "PATIENT", null, subjectId, action, resourceType, resourceId);
    }

    /**
     * Something a clinic system did to a patient's data (R15: moving the patient to its list).
     *
     * @param clinicOrg the clinic system's organisation number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByClinicSystem(String clinicOrg, UUID subjectId, String action, String resourceType,
            UUID resourceId) {
        insert(null, "CLINIC_SYSTEM", clinicOrg, subjectId, action, resourceType, resourceId);
    }

    private void insert(UUID actorId, String actorType, String actorRef, UUID subjectId, String action,
            String resourceType, UUID resourceId) {
        em.createNativeQuery("""
                insert into audit_event (id, occurred_at, actor_id, actor_type, actor_ref, subject_id, action,
                                         resource_type, resource_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, clock.instant())
                .setParameter(3, actorId)
                .setParameter(4, actorType)
                .setParameter(5, actorRef)
                .setParameter(6, subjectId)
                .setParameter(7, action)
                .setParameter(8, resourceType)
                .setParameter(9, resourceId)
                .executeUpdate();
    }
}
