package no.legekontor.inbox.security;

import jakarta.enterprise.context.RequestScoped;
import no.legekontor.shared.event.StaffRole;

/** The staff member calling, once {@link StaffAccessInterceptor} has let them in. */
@RequestScoped
public class StaffCaller {

    private Staff staff;

    void admit(Staff staff) {
        this.staff = staff;
    }

    /** Whether {@link StaffAccessInterceptor} let a staff member in for this request. */
    boolean admitted() {
        return staff != null;
    }

    public Staff get() {
        if (staff == null) {
            throw new IllegalStateException("Not a staff endpoint: annotate it with @StaffAccess");
        }
        return staff;
    }

    /**
     * A staff member as the token names them.
     *
     * @param hpr       HPR number (Helsepersonellregisteret)
     * @param name      as patients see it on an answer
     * @param role      {@link StaffRole#GP} or {@link StaffRole#OFFICE}
     * @param clinicOrg the clinic's organisation number; the inbox shows only that clinic's items
     */
    public record Staff(String hpr, String name, String role, String clinicOrg) {

        public boolean isGp() {
            return StaffRole.isGp(role);
        }
    }
}
