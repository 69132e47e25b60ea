package no.legekontor.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts {@code application/problem+json} also gets our JSON. Clients generated from
 * the OpenAPI documents ask for what an operation's responses declare: for an operation whose
 * success has no body (a 204), that is only {@code application/problem+json}, and the resources'
 * {@code @Produces(APPLICATION_JSON)} would make JAX-RS refuse the call with 406.
 */
public class ProblemAccept {

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonWithProblems(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(Problem.MEDIA_TYPE) && !accept.contains(MediaType.APPLICATION_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON);
        }
    }
}
