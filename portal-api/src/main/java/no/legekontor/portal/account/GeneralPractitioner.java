package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import no.legekontor.shared.event.StaffRole;

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

    /** When the clinic system removed them; null while they work at the clinic. */
    @Column(name = "removed_at")
    public Instant removedAt;

    /** Raised by every change; the events to the inbox carry it (issue 19). */
    public long revision = 1;

    /** Whether the inbox has been told this revision (PractitionerService.announcePending). */
    public boolean announced;

    /** A GP of the clinic (not office staff, not removed): one who can have a patient list and slots. */
    public static Optional<GeneralPractitioner> gpAt(String clinicOrg, String hprNumber) {
        return at(clinicOrg, hprNumber).filter(p -> p.role == Role.GP);
    }

    /** A GP or office staff member of the clinic, not removed. */
    public static Optional<GeneralPractitioner> at(String clinicOrg, String hprNumber) {
        return GeneralPractitioner.<GeneralPractitioner>findByIdOptional(hprNumber)
                .filter(p -> p.clinicOrg.equals(clinicOrg) && p.removedAt == null);
    }

    /** What a practitioner does at the clinic. */
    public enum Role {
        /** A GP (fastlege): has a patient list, answers e-consultations, decides renewals. */
        GP,
        /** Office staff (helsesekretær): answers office messages. */
        OFFICE;

        /** The role as staff tokens and the events name it: {@code gp} or {@code office}. */
        public String staffRole() {
            return this == GP ? StaffRole.GP : StaffRole.OFFICE;
        }
    }
}
