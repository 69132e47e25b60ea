package no.legekontor.support.idempotency;

import no.legekontor.support.problem.DomainProblem;

/** The key was used for another request (another body or operation): a new request needs a new key. */
public class IdempotencyKeyReused extends DomainProblem {
    public IdempotencyKeyReused() {
        super(422, "idempotency-key-reused");
    }
}
