package no.legekontor.support.problem;

/**
 * The logins our APIs accept. A problem text that names one gets it in the caller's language from
 * the {@code login.<code>} text of the problems bundles.
 */
public enum Login {
    /** Patients and guardians: ID-porten with BankID on level 4 (the patient API). */
    IDPORTEN("idporten"),
    /** GPs and office staff: HelseID with an HPR number and a staff role (the staff API). */
    HELSEID_STAFF("helseid-staff"),
    /** Clinic systems (EPJ): HelseID client credentials with the integration scope. */
    HELSEID_SYSTEM("helseid-system");

    private final String code;

    Login(String code) {
        this.code = code;
    }

    /** The key of the login's name in the problems bundles. */
    public String textKey() {
        return "login." + code;
    }
}
