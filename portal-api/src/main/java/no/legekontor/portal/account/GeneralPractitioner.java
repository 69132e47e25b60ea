package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A practitioner at one of our clinics: a GP (fastlege) with a patient list, or office staff. */
@Entity
@Cacheable
@Table(name = "gp")
public class GeneralPractitioner extends PanacheEntityBase {

    @Id
    @Column(name = "hpr_number")
    public String hprNumber;

    public String name;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Enumerated(EnumType.STRING)
    public Role role = Role.GP;

    /** A GP of the clinic (not office staff): one who can have a patient list and slots. */
    public static Optional<GeneralPractitioner> gpAt(String clinicOrg, String hprNumber) {
        return GeneralPractitioner.<GeneralPractitioner>findByIdOptional(hprNumber)
                .filter(p -> p.clinicOrg.equals(clinicOrg) && p.role == Role.GP);
    }

    /** What a practitioner does at the clinic. */
    public enum Role {
        /** A GP (fastlege): has a patient list, answers e-consultations, decides renewals. */
        GP,
        /** Office staff (helsesekretær): answers office messages. */
        OFFICE
    }
}
