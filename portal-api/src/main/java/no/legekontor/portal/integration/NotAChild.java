package no.legekontor.portal.integration;

import no.legekontor.support.problem.DomainProblem;

/** R11: guardians act only for children under 16; someone that age or older logs in themselves. */
public class NotAChild extends DomainProblem {
    public NotAChild(int age) {
        super(422, "not-a-child", age);
    }
}
