package no.legekontor.portal.security;

import jakarta.enterprise.context.RequestScoped;
import no.legekontor.portal.account.Patient;

/**
 * Who is calling a patient endpoint, once {@link PatientAccessInterceptor} has let them in: the
 * person logged in ({@link #self()}), and the person whose data is read or written
 * ({@link #subject()}): the same person, or the child a guardian acts for. The entities are
 * snapshots taken before the endpoint's transaction: read them, and load by id to change them.
 */
@RequestScoped
public class PatientCaller {

    private Patient self;
    private Patient subject;

    void admit(Patient self, Patient subject) {
        this.self = self;
        this.subject = subject;
    }

    /** Whether {@link PatientAccessInterceptor} let a patient in for this request. */
    boolean admitted() {
        return self != null;
    }

    /** The person logged in with BankID: whose rules (R1-R3) were checked. */
    public Patient self() {
        return require(self);
    }

    /** The person the request is about. */
    public Patient subject() {
        return require(subject);
    }

    private static Patient require(Patient patient) {
        if (patient == null) {
            throw new IllegalStateException("Not a patient endpoint: annotate it with @PatientAccess");
        }
        return patient;
    }
}
