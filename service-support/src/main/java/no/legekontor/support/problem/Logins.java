package no.legekontor.support.problem;

/**
 * Which login an endpoint needs, so that a 401 can say how to log in. Each service provides one
 * bean: portal-api has two APIs with different logins, inbox-service one.
 */
public interface Logins {

    /** The login that the endpoint at this request path (as {@code UriInfo.getPath()} gives it) needs. */
    Login forPath(String path);
}
