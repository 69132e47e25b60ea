package no.legekontor.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.legekontor.portal.security.NotRegistered;
import no.legekontor.portal.security.PatientCaller;

/** Finds the people behind a patient request: who it is about and who sends it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PatientDirectory {

    /** The person the request is about; 403 when they are on no GP list of ours. */
    public Patient subject(PatientCaller caller) {
        return Patient.byNationalId(caller.subject()).orElseThrow(NotRegistered::new);
    }

    /** The person logged in. */
    public Patient self(PatientCaller caller) {
        return Patient.byNationalId(caller.self()).orElseThrow(NotRegistered::new);
    }

    public Clinic clinicOf(Patient patient) {
        return Clinic.findById(patient.clinicOrg);
    }
}
