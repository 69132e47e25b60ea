package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A GP clinic (legekontor) using the service; each sets its own consultation fee. Cached (second-level
 * cache): read on every fee quote and submission, and changed only by the demo loader today.
 */
@Entity
@Cacheable
public class Clinic extends PanacheEntityBase {

    @Id
    @Column(name = "org_number", columnDefinition = "bpchar")
    public String orgNumber;

    public String name;

    public String phone;

    @Column(name = "consultation_fee_nok")
    public int consultationFeeNok;
}
