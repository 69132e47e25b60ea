package no.legekontor.portal.integration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every record a clinic's system pushes has: our id, the clinic that owns it, the clinic
 * system's own id (the upsert key together with the clinic) and when it last changed.
 */
@MappedSuperclass
public abstract class PushedRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The clinic whose system pushed it; only that clinic changes it. */
    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
