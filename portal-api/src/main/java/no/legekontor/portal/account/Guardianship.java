package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A guardian's right to act for a child (R11), registered by the child's clinic. */
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

    public static Optional<Guardianship> active(UUID guardianId, UUID childId) {
        return find("guardianId = ?1 and childId = ?2 and endedAt is null", guardianId, childId).firstResultOptional();
    }

    public static List<Guardianship> activeFor(UUID guardianId) {
        return list("guardianId = ?1 and endedAt is null", guardianId);
    }
}
