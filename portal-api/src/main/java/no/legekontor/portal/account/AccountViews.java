package no.legekontor.portal.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The account as the apps see it. */
public final class AccountViews {

    private AccountViews() {
    }

    /** Who the caller is and what they may do. */
    @Schema(name = "Me")
    public record Me(
            String name,
            @Schema(description = "Birth date shown, the rest hidden", example = "140385*****") String nationalId,
            int age,
            Access access,
            Profile profile,
            Gp gp,
            ClinicView clinic,
            @Schema(description = "Children the caller may act for with On-Behalf-Of") List<Child> children) {
    }

    /** R2: BASIS reads; FULL may also send to the clinic, once consented to. */
    @Schema(name = "Access")
    public record Access(Patient.AccessLevel level, OffsetDateTime fullAccessConsentedAt, String termsVersion) {
    }

    /** R3: contact details and notification settings, confirmed every 18 months. */
    @Schema(name = "Profile")
    public record Profile(String mobile, String email, boolean notifyBySms, boolean notifyByEmail,
            OffsetDateTime confirmedAt,
            @Schema(description = "After this the patient must confirm again; absent when never confirmed")
            OffsetDateTime confirmationDueBy,
            @Schema(description = "Whether the profile is confirmed now; if not, only the account can be used")
            boolean confirmed) {
    }

    /** A GP, in the one shape every answer names one. */
    @Schema(name = "Gp")
    public record Gp(@Schema(example = "Lise Berg") String name, @Schema(example = "9100001") String hprNumber) {

        /** The GP with this HPR number; the name is absent when the GP is not one of ours. */
        public static Gp of(String hprNumber) {
            GeneralPractitioner gp = GeneralPractitioner.findById(hprNumber);
            return new Gp(gp == null ? null : gp.name, hprNumber);
        }
    }

    /** A clinic, in the one shape every answer names one. */
    @Schema(name = "Clinic")
    public record ClinicView(@Schema(example = "Demo Legesenter") String name,
            @Schema(example = "22 00 00 00") String phone, @Schema(example = "910000004") String orgNumber) {

        public static ClinicView of(Clinic clinic) {
            return new ClinicView(clinic.name, clinic.phone, clinic.orgNumber);
        }

        public static ClinicView of(String orgNumber) {
            return of(Clinic.<Clinic>findById(orgNumber));
        }
    }

    /** A child the caller is guardian of. */
    @Schema(name = "Child")
    public record Child(
            String name,
            @Schema(description = "Full national id: the value to send in On-Behalf-Of") String nationalId,
            int age,
            @Schema(description = "The 16th birthday: from this day the child logs in with its own BankID")
            LocalDate accessEndsOn,
            @Schema(description = "Whether the caller may act for the child today") boolean active) {
    }
}
