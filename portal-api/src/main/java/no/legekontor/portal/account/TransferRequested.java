package no.legekontor.portal.account;

/** A clinic asked to take the person over (R15); fired in the request's transaction. */
public record TransferRequested(Transfer transfer) {
}
