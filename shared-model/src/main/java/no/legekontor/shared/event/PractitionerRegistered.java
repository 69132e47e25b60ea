package no.legekontor.shared.event;

/**
 * A clinic system registered one of the clinic's GPs or office staff at the portal, or registered
 * them again (name changed, or back after a removal). The inbox admits a staff token only for a
 * practitioner of the token's clinic in the token's role, as the latest of these events says
 * ({@code portal.requests.v1}, key = {@link PractitionerKey#of(String)}; the envelope's
 * {@code clinicId} is the clinic).
 *
 * @param hprNumber HPR number (Helsepersonellregisteret)
 * @param name      as the clinic registered them
 * @param role      {@link StaffRole#GP} or {@link StaffRole#OFFICE}
 * @param revision  the practitioner's revision at the portal, raised by every change: a receiver applies
 *                  only a newer one than it holds
 */
public record PractitionerRegistered(
        String hprNumber,
        String name,
        String role,
        long revision) implements EventPayload {
}
