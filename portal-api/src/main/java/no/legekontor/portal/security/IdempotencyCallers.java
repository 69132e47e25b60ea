package no.legekontor.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.legekontor.support.idempotency.IdempotencyCaller;

/**
 * The scope of an {@code Idempotency-Key} on portal-api: the patient logged in and the person the
 * request is about (a guardian's keys are per child), or the clinic system's clinic. Ids, never
 * national ids: the value is stored with the key.
 */
@ApplicationScoped
public class IdempotencyCallers implements IdempotencyCaller {

    @Inject
    PatientCaller patient;

    @Inject
    IntegrationCaller clinicSystem;

    @Override
    public String current() {
        if (patient.admitted()) {
            return "patient " + patient.self().id + " for " + patient.subject().id;
        }
        if (clinicSystem.admitted()) {
            return "clinic-system " + clinicSystem.clinicOrg();
        }
        throw new IllegalStateException("An @Idempotent endpoint needs @PatientAccess or @IntegrationAccess");
    }
}
