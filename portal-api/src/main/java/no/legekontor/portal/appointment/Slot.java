package no.legekontor.portal.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import no.legekontor.portal.integration.PushedRecord;

/** A time in a GP's calendar, as the clinic system (EPJ) pushes it; booked online when free (R4). */
@Entity
public class Slot extends PushedRecord {

    @Column(name = "gp_hpr")
    public String gpHpr;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "online_bookable")
    public boolean onlineBookable;
}
