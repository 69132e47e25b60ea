package no.legekontor.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.Logins;

/** The patient API takes ID-porten logins; the clinic-system API under /api/v1/integration, HelseID. */
@ApplicationScoped
public class ApiLogins implements Logins {

    static final String INTEGRATION_API = "api/v1/integration";

    @Override
    public Login forPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith(INTEGRATION_API) ? Login.HELSEID_SYSTEM : Login.IDPORTEN;
    }
}
