package no.legekontor.inbox.security;

import jakarta.enterprise.context.RequestScoped;

/** The staff member calling, once {@link StaffAccessInterceptor} has let them in. */
@RequestScoped
public class StaffCaller {

    /** Role of a GP (fastlege): may answer e-consultations. */
    public static final String GP = "gp";
    /** Role of office staff (helsesekretær). */
    public static final String OFFICE = "office";

    private Staff staff;

    void admit(Staff staff) {
        this.staff = staff;
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
     * @param role      {@link #GP} or {@link #OFFICE}
     * @param clinicOrg the clinic's organisation number; the inbox shows only that clinic's items
     */
    public record Staff(String hpr, String name, String role, String clinicOrg) {

        public boolean isGp() {
            return GP.equals(role);
        }
    }
}
