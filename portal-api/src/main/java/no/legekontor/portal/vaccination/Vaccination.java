package no.legekontor.portal.vaccination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vaccine given, as the clinic's record system pushed it (R6). */
@Entity
public class Vaccination extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "patient_id")
    public UUID patientId;

    public String vaccine;

    @Column(name = "given_on")
    public LocalDate givenOn;

    @Column(name = "given_by")
    public String givenBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
