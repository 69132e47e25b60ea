package no.legekontor.support.idempotency;

/**
 * Who is calling, as the scope of an {@code Idempotency-Key}: two callers never share a key. Each
 * service provides one bean, which reads the caller its access interceptor admitted (these run
 * before {@link IdempotencyInterceptor}).
 */
public interface IdempotencyCaller {

    /**
     * The caller of the current request, e.g. {@code patient <id> for <id>} (a guardian's key is
     * per child), {@code clinic-system <org>}, {@code staff <hpr> at <org>}. Never a national id:
     * the value is stored.
     */
    String current();
}
