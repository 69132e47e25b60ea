package no.legekontor.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import no.legekontor.support.contract.AbsentNotNull;
import no.legekontor.support.idempotency.IdempotencyKeys.Used;

/**
 * Runs an idempotent call in one transaction with its key, which the endpoint's service joins:
 * the key is taken (a second request with it while this one runs: 409), looked up (used for this
 * request: its answer again, nothing run; for another: 422), recorded, and the answer stored with
 * it, so the key commits exactly with the request's writes and their events. A request that fails
 * keeps no key: a retry runs it again.
 *
 * <p>The transaction ends as the endpoint's own would have: it rolls back when the endpoint's
 * service marked it so (every exception out of a {@code @Transactional} service does), and commits
 * otherwise, e.g. an access-log entry of a refusal that is logged ({@code dontRollbackOn}).
 */
@ApplicationScoped
public class IdempotentCalls {

    @Inject
    IdempotencyKeys keys;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    private ObjectMapper json;

    /** The stored answer is written as the first one was sent: without fields that have no value. */
    @Inject
    IdempotentCalls(ObjectMapper mapper) {
        this.json = AbsentNotNull.answersOf(mapper);
    }

    @Transactional(dontRollbackOn = Exception.class)
    public Object once(InvocationContext invocation, String caller, String key, String fingerprint) throws Exception {
        if (!keys.take(caller, key)) {
            throw new IdempotencyKeyInUse();
        }
        Optional<Used> used = keys.used(caller, key);
        if (used.isPresent()) {
            if (!used.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return replay(used.get());
        }
        keys.begin(caller, key, fingerprint);
        Object answer;
        try {
            answer = invocation.proceed();
        } catch (Exception e) {
            forgetUnlessRolledBack(caller, key);
            throw e;
        }
        Response response = answer instanceof Response r ? r : Response.ok(answer).build();
        if (response.getStatus() >= 300) {
            forgetUnlessRolledBack(caller, key);
            return answer;
        }
        em.flush();
        Object entity = response.getEntity();
        keys.answer(caller, key, response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                entity == null ? null : json.writeValueAsString(entity));
        return answer;
    }

    private Response replay(Used used) throws Exception {
        Response.ResponseBuilder answer = Response.status(used.status());
        if (used.location() != null) {
            answer.location(URI.create(used.location()));
        }
        if (used.body() != null) {
            answer.entity(json.readTree(used.body())).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private void forgetUnlessRolledBack(String caller, String key) throws SystemException {
        if (transactions.getStatus() == Status.STATUS_ACTIVE) {
            keys.forget(caller, key);
        }
    }
}
