package no.legekontor.inbox.item;

import no.legekontor.support.problem.DomainProblem;

/** R7, R14: e-consultations, renewals and sick-leave extensions are the GP's (see {@link ItemRules}). */
public class GpRequired extends DomainProblem {
    public GpRequired() {
        super(403, "gp-required");
    }
}
