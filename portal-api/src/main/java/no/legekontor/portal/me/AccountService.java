package no.legekontor.portal.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.GeneralPractitioner;
import no.legekontor.portal.account.Guardianship;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.account.ProfileConfirmation;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.time.OsloTime;

/** The logged-in person's own account: who they are, their profile (R3), access level (R2), children (R11). */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String AGGREGATE = "patient";

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    ProfileConfirmation profiles;

    @Inject
    ProxyAccess proxies;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountViews.Me me(PatientCaller caller) {
        return view(caller.self());
    }

    /** Stores contact details and settings, and confirms them as of now (R3). */
    public AccountViews.Me updateProfile(PatientCaller caller, ProfileRequest request) {
        if (blank(request.mobile()) && blank(request.email())) {
            // R3/R13: a confirmed profile is where notifications go; one without either reaches nobody.
            throw new InvalidInput("mobile", "contact-needed");
        }
        if (request.notifyBySms() && blank(request.mobile())) {
            throw new InvalidInput("mobile", "needed-for-sms");
        }
        if (request.notifyByEmail() && blank(request.email())) {
            throw new InvalidInput("email", "needed-for-email");
        }
        Patient patient = locked(caller.self().id);
        patient.confirmProfile(blank(request.mobile()) ? null : request.mobile().strip(),
                blank(request.email()) ? null : request.email().strip(), request.notifyBySms(),
                request.notifyByEmail(), clock.instant());
        audit.record(patient.id, patient.id, "profile.confirmed", AGGREGATE, patient.id);
        return view(patient);
    }

    /** Chooses BASIS or FULL access; FULL records the consent with its time and terms version (R2). */
    public AccountViews.Me setAccessLevel(PatientCaller caller, AccessLevelRequest request) {
        Patient patient = locked(caller.self().id);
        if (request.level() == Patient.AccessLevel.FULL && !Boolean.TRUE.equals(request.consent())) {
            throw new ConsentRequired();
        }
        patient.chooseAccessLevel(request.level(), config.consentTermsVersion(), clock.instant());
        audit.record(patient.id, patient.id, "access-level." + request.level().name().toLowerCase(), AGGREGATE,
                patient.id);
        return view(patient);
    }

    /**
     * The patient's row, locked until the transaction ends: a clinic system registering the patient
     * at the same moment (a new GP, a new name) is applied before or after, never written over.
     */
    private static Patient locked(UUID id) {
        return Patient.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private AccountViews.Me view(Patient patient) {
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dateOf(now);
        NationalId id = patient.nationalId();
        Instant due = profiles.dueAt(patient.profileConfirmedAt);
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        GeneralPractitioner gp = patient.gpHpr == null ? null : GeneralPractitioner.findById(patient.gpHpr);
        return new AccountViews.Me(
                patient.name,
                id.masked(),
                id.ageOn(today),
                new AccountViews.Access(patient.accessLevel, OsloTime.of(patient.fullAccessConsentedAt),
                        patient.consentTermsVersion),
                new AccountViews.Profile(patient.mobile, patient.email, patient.notifyBySms, patient.notifyByEmail,
                        OsloTime.of(patient.profileConfirmedAt), OsloTime.of(due),
                        profiles.validAt(patient.profileConfirmedAt, now)),
                gp == null ? null : new AccountViews.Gp(gp.name, gp.hprNumber),
                AccountViews.ClinicView.of(clinic),
                children(patient, today));
    }

    private List<AccountViews.Child> children(Patient guardian, LocalDate today) {
        return Guardianship.activeFor(guardian.id).stream()
                .map(g -> Patient.<Patient>findById(g.childId))
                .map(child -> {
                    NationalId childId = child.nationalId();
                    return new AccountViews.Child(child.name, child.nationalId, childId.ageOn(today),
                            proxies.endsOn(childId), proxies.allowedOn(childId, today));
                })
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
