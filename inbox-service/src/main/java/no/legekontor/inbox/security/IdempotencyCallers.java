package no.legekontor.inbox.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.legekontor.support.idempotency.IdempotencyCaller;

/** The scope of an {@code Idempotency-Key} on inbox-service: the staff member (HPR number) and their clinic. */
@ApplicationScoped
public class IdempotencyCallers implements IdempotencyCaller {

    @Inject
    StaffCaller staff;

    @Override
    public String current() {
        if (!staff.admitted()) {
            throw new IllegalStateException("An @Idempotent endpoint needs @StaffAccess");
        }
        return "staff " + staff.get().hpr() + " at " + staff.get().clinicOrg();
    }
}
