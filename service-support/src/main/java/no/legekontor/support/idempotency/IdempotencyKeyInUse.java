package no.legekontor.support.idempotency;

import no.legekontor.support.problem.DomainProblem;

/** A request with this key is still running: try again in a moment, with the same key. */
public class IdempotencyKeyInUse extends DomainProblem {
    public IdempotencyKeyInUse() {
        super(409, "idempotency-key-in-use");
    }
}
