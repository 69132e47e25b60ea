package no.legekontor.portal.account;

import no.legekontor.support.problem.DomainProblem;

/** R15: a transfer request that is no longer pending cannot be answered (otherwise). */
public class TransferClosed extends DomainProblem {
    public TransferClosed(boolean lapsed) {
        super(409, lapsed ? "transfer-lapsed" : "transfer-answered");
    }
}
