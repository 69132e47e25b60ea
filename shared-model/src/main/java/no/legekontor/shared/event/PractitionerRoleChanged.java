package no.legekontor.shared.event;

/**
 * A clinic system registered one of its practitioners again with another role: a GP became office
 * staff or the other way round ({@code portal.requests.v1}, key = {@link PractitionerKey#of(String)}).
 * From now on a staff token of theirs is admitted only in the new role.
 *
 * @param hprNumber HPR number (Helsepersonellregisteret)
 * @param name      as the clinic registered them
 * @param role      the new role: {@link StaffRole#GP} or {@link StaffRole#OFFICE}
 * @param revision  the practitioner's revision at the portal; a receiver applies only a newer one
 */
public record PractitionerRoleChanged(
        String hprNumber,
        String name,
        String role,
        long revision) implements EventPayload {
}
