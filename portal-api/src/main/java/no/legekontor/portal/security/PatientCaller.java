package no.legekontor.portal.security;

import jakarta.enterprise.context.RequestScoped;
import no.legekontor.shared.identity.NationalId;

/**
 * Who is calling a patient endpoint, once {@link PatientAccessInterceptor} has let them in: the
 * person logged in, and the person whose data is read or written (the same, for now).
 */
@RequestScoped
public class PatientCaller {

    private NationalId self;
    private NationalId subject;

    void admit(NationalId self, NationalId subject) {
        this.self = self;
        this.subject = subject;
    }

    /** The person logged in with BankID. */
    public NationalId self() {
        return require(self);
    }

    /** The person the request is about. */
    public NationalId subject() {
        return require(subject);
    }

    private static NationalId require(NationalId id) {
        if (id == null) {
            throw new IllegalStateException("Not a patient endpoint: annotate it with @PatientAccess");
        }
        return id;
    }
}
