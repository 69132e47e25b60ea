package no.legekontor.support.problem;

/**
 * The resource does not exist for this caller. Another person's (or another clinic's) resource is
 * answered the same way, never with 403, so that its existence is not revealed.
 */
public class NotFound extends DomainProblem {
    public NotFound() {
        super(404, "not-found");
    }
}
