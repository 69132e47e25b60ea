package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** R11: from the child's 16th birthday the guardian no longer acts for the child. */
public class ProxyAccessEnded extends DomainProblem {
    public ProxyAccessEnded(int age) {
        super(403, "proxy-access-ended", age);
    }
}
