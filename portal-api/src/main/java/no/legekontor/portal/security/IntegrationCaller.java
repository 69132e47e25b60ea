package no.legekontor.portal.security;

import jakarta.enterprise.context.RequestScoped;

/** The clinic system calling, once {@link IntegrationAccessInterceptor} has let it in. */
@RequestScoped
public class IntegrationCaller {

    private String clinicOrg;

    void admit(String clinicOrg) {
        this.clinicOrg = clinicOrg;
    }

    /** Whether {@link IntegrationAccessInterceptor} let a clinic system in for this request. */
    boolean admitted() {
        return clinicOrg != null;
    }

    /** The organisation number of the caller's clinic; every call is scoped to it. */
    public String clinicOrg() {
        if (clinicOrg == null) {
            throw new IllegalStateException("Not an integration endpoint: annotate it with @IntegrationAccess");
        }
        return clinicOrg;
    }
}
