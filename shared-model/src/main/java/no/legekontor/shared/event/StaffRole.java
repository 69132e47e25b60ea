package no.legekontor.shared.event;

/**
 * The two staff roles, as HelseID's {@code groups} claim names them and as the events carry them
 * ({@link ReplyPosted#authorRole()}, {@link ItemsViewed#staffRole()}): the one spelling both
 * services and their tests use. Strings, not an enum, because they are the wire values and
 * annotations ({@code @RolesAllowed}) need constants.
 */
public final class StaffRole {

    /** A GP (fastlege): answers e-consultations and decides renewals and extensions (R7, R14). */
    public static final String GP = "gp";
    /** Office staff (helsesekretær): answer office messages and close appointment notices. */
    public static final String OFFICE = "office";

    private StaffRole() {
    }

    /** Whether the role a token or an event names is a GP's. */
    public static boolean isGp(String role) {
        return GP.equals(role);
    }
}
