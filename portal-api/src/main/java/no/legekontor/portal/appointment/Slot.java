package no.legekontor.portal.appointment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A time in a GP's calendar, as the clinic system (EPJ) pushes it; booked online when free (R4). */
@Entity
public class Slot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    /** The clinic system's own id: the upsert key together with the clinic. */
    @Column(name = "external_id")
    public String externalId;

    @Column(name = "gp_hpr")
    public String gpHpr;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "online_bookable")
    public boolean onlineBookable;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
