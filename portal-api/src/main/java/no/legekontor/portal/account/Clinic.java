package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A GP clinic (legekontor) using the service; each sets its own consultation fee. */
@Entity
public class Clinic extends PanacheEntityBase {

    @Id
    @Column(name = "org_number", columnDefinition = "bpchar")
    public String orgNumber;

    public String name;

    public String phone;

    @Column(name = "consultation_fee_nok")
    public int consultationFeeNok;
}
