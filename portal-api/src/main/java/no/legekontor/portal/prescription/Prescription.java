package no.legekontor.portal.prescription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.integration.PushedRecord;

/** A prescription the clinic's record system pushed (R5); the clinic that issued it owns it. */
@Entity
public class Prescription extends PushedRecord {

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

    /** Active through its last valid day (Oslo date). */
    public boolean activeOn(LocalDate today) {
        return !today.isAfter(validUntil);
    }
}
