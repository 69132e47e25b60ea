package no.legekontor.portal.conversation;

import java.util.Map;
import no.legekontor.support.problem.DomainProblem;

/** R16: the person has sent as many of these today as a day allows; tomorrow (Oslo) they may again. */
public class TooManyRequests extends DomainProblem {

    private final long retryAfterSeconds;

    public TooManyRequests(int limit, long retryAfterSeconds) {
        super(429, "too-many-requests", limit);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
