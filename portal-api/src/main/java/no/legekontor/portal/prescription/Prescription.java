package no.legekontor.portal.prescription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A prescription the clinic's record system pushed (R5); the clinic that issued it owns it. */
@Entity
public class Prescription extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The clinic that issued it: only that clinic renews it. */
    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "patient_id")
    public UUID patientId;

    public String medication;

    public String dosage;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "prescriber_hpr")
    public String prescriberHpr;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Active through its last valid day (Oslo date). */
    public boolean activeOn(LocalDate today) {
        return !today.isAfter(validUntil);
    }
}
