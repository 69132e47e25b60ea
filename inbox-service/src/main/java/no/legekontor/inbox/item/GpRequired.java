package no.legekontor.inbox.item;

import no.legekontor.support.problem.DomainProblem;

/** R7: the answer to an e-consultation must come from a GP. */
public class GpRequired extends DomainProblem {
    public GpRequired() {
        super(403, "gp-required");
    }
}
