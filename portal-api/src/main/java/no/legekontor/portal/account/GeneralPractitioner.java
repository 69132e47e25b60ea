package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GP (fastlege) with a patient list at one of our clinics. */
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
}
