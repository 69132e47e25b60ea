package no.legekontor.portal.vaccination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.integration.PushedRecord;

/** A vaccine given, as the clinic's record system pushed it (R6). */
@Entity
public class Vaccination extends PushedRecord {

    @Column(name = "patient_id")
    public UUID patientId;

    public String vaccine;

    @Column(name = "given_on")
    public LocalDate givenOn;

    @Column(name = "given_by")
    public String givenBy;
}
