package no.legekontor.inbox.security;

import jakarta.enterprise.context.ApplicationScoped;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.Logins;

/** Every endpoint of the staff API takes a HelseID login of a GP or office staff member. */
@ApplicationScoped
public class StaffLogins implements Logins {

    @Override
    public Login forPath(String path) {
        return Login.HELSEID_STAFF;
    }
}
