package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.shared.identity.NationalId;

/** A person on a GP's list at one of our clinics: patient, guardian, or both. */
@Entity
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "national_id", columnDefinition = "bpchar")
    public String nationalId;

    public String name;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Column(name = "gp_hpr")
    public String gpHpr;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level")
    public AccessLevel accessLevel = AccessLevel.BASIS;

    @Column(name = "full_access_consented_at")
    public Instant fullAccessConsentedAt;

    @Column(name = "consent_terms_version")
    public String consentTermsVersion;

    public String mobile;

    public String email;

    @Column(name = "notify_by_sms")
    public boolean notifyBySms;

    @Column(name = "notify_by_email")
    public boolean notifyByEmail;

    @Column(name = "profile_confirmed_at")
    public Instant profileConfirmedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** R3: the patient's contact details and settings, confirmed as of {@code at}. */
    void confirmProfile(String mobile, String email, boolean bySms, boolean byEmail, Instant at) {
        this.mobile = mobile;
        this.email = email;
        notifyBySms = bySms;
        notifyByEmail = byEmail;
        profileConfirmedAt = at;
    }

    /** R2: BASIS or FULL; choosing FULL records the consent's time and terms (once, while FULL). */
    void chooseAccessLevel(AccessLevel level, String termsVersion, Instant at) {
        if (level == AccessLevel.FULL && accessLevel != AccessLevel.FULL) {
            fullAccessConsentedAt = at;
            consentTermsVersion = termsVersion;
        }
        accessLevel = level;
    }

    public static Optional<Patient> byNationalId(NationalId id) {
        return find("nationalId", id.value()).firstResultOptional();
    }

    public NationalId nationalId() {
        return NationalId.parse(nationalId);
    }

    /** The seed's two access levels: BASIS reads, FULL may also send to the clinic. */
    public enum AccessLevel {
        BASIS, FULL
    }
}
