package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guardian's right to act for a child (R11), registered by the child's clinic. It counts only while
 * the child is a patient of the clinic that registered it (R15): a move ends nothing, but a
 * guardianship of the child's former clinic lies dormant, and counts again if the child moves back.
 */
@Entity
public class Guardianship extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "guardian_id")
    public UUID guardianId;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** The clinic system ends it; from now the guardian no longer acts for the child. */
    public void end(Instant at) {
        endedAt = at;
    }

    /** Counts: not ended, and registered by the clinic the child is a patient of now. */
    private static final String COUNTS = "g.endedAt is null"
            + " and g.clinicOrg = (select c.clinicOrg from Patient c where c.id = g.childId)";

    /** The guardian's guardianship of the child that counts now, if any. */
    public static Optional<Guardianship> active(UUID guardianId, UUID childId) {
        return find("from Guardianship g where g.guardianId = ?1 and g.childId = ?2 and " + COUNTS, guardianId,
                childId).firstResultOptional();
    }

    /** The guardian's guardianships that count now. */
    public static List<Guardianship> activeFor(UUID guardianId) {
        return list("from Guardianship g where g.guardianId = ?1 and " + COUNTS, guardianId);
    }

    /** The child's guardianships that count now. */
    public static List<Guardianship> activeOf(UUID childId) {
        return list("from Guardianship g where g.childId = ?1 and " + COUNTS, childId);
    }
}
