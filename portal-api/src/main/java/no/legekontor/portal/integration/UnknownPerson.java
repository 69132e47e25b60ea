package no.legekontor.portal.integration;

import no.legekontor.support.problem.DomainProblem;

/** A guardianship names someone who is not on a list of ours (the child: not on the caller's clinic's). */
public class UnknownPerson extends DomainProblem {
    public UnknownPerson(String field) {
        super(422, "unknown-person", field);
    }
}
