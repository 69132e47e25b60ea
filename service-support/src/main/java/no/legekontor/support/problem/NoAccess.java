package no.legekontor.support.problem;

/**
 * A token of the right kind that still gives no access here, e.g. for a clinic that does not use
 * the service. (A token of the wrong kind is {@link WrongTokenKind}.)
 */
public class NoAccess extends DomainProblem {
    public NoAccess() {
        super(403, "forbidden");
    }
}
