package no.legekontor.portal.account;

import java.util.UUID;

/**
 * A clinic registered a new guardian for a child (R15); fired in the registration's transaction so
 * that the child's other guardians are told.
 */
public record GuardianAdded(UUID guardianshipId, UUID guardianId, UUID childId, String clinicOrg) {
}
