package no.legekontor.support.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into the one problem+json shape. Domain rules, bean validation, security and
 * plain HTTP errors each have a mapper here; nothing else in the services writes an error body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemTexts texts;

    @Inject
    Instance<Logins> logins;

    @ServerExceptionMapper
    public Response domain(DomainProblem problem, HttpHeaders headers, UriInfo uri) {
        Response answer = answer(problem.status(), problem.code(), headers, uri, null, problem.args());
        if (problem.headers().isEmpty()) {
            return answer;
        }
        Response.ResponseBuilder builder = Response.fromResponse(answer);
        problem.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return answer(400, "validation-failed", headers, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpHeaders headers, UriInfo uri) {
        Locale locale = texts.choose(headers.getAcceptableLanguages());
        String message = texts.detail("field." + e.reason(), locale, e.args());
        return answer(400, "validation-failed", headers, uri, List.of(new Problem.FieldError(e.field(), message)));
    }

    /**
     * JSON mapping refused the body (Quarkus REST passes this one on as it is; other mapping
     * failures arrive as a 400 {@link WebApplicationException}, see {@link #http}). A field of the
     * wrong type or format is {@code validation-failed} naming the field; a body that is not a JSON
     * object of the operation's shape (an array, a string) is {@code malformed-request}. This mapper
     * also replaces Quarkus's own, which answers without a body.
     */
    @ServerExceptionMapper
    public Response unreadableBody(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    /**
     * No caller: without a token, {@code unauthorized}; with a bearer token that no trusted issuer
     * verifies (its {@code iss} names none of the service's issuers, or it is no JWT at all: the
     * authentication mechanism then lets the request through anonymously), {@code token-invalid}.
     */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && !authorization.isBlank();
        return unauthenticated(tokenSent ? "token-invalid" : "unauthorized", headers, uri);
    }

    /**
     * The issuer's tenant refused the token; jose4j's {@link InvalidJwtException} among the causes says
     * why. An expired token is told apart from one that is broken, forged, not yet valid or issued
     * for another audience.
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        InvalidJwtException invalid = cause(e, InvalidJwtException.class);
        if (invalid != null && invalid.hasExpired()) {
            return unauthenticated("token-expired", headers, uri);
        }
        return unauthenticated("token-invalid", headers, uri);
    }

    /**
     * Quarkus's own 403 comes from a role check ({@code @RolesAllowed}): the token lacks the role its
     * kind carries, so it is a token of the wrong kind. (Our access interceptors throw
     * {@link WrongTokenKind} or {@link NoAccess} themselves.)
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return domain(new WrongTokenKind(login(uri)), headers, uri);
    }

    /**
     * Plain HTTP errors. Two 400s and 404s carry a cause to look at: a body that JSON mapping could
     * not read ({@link JsonMappingException}), and a query parameter that {@code QueryParameters}
     * could not convert ({@link InvalidInput}; JAX-RS would answer 404 for it).
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        InvalidInput invalid = cause(e, InvalidInput.class);
        if (invalid != null) {
            return invalidInput(invalid, headers, uri);
        }
        JsonMappingException unreadable = cause(e, JsonMappingException.class);
        if (unreadable != null && e.getResponse().getStatus() == 400) {
            return unreadable(unreadable, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String code = switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        return answer(status, code, headers, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        // The stack names the failing code; messages of our exceptions never carry personal data.
        LOG.error("Unexpected failure", e);
        return answer(500, "internal-error", headers, uri, null);
    }

    private Response unreadable(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        InvalidInput field = UnreadableBody.fieldError(e);
        return field != null ? invalidInput(field, headers, uri) : answer(400, "malformed-request", headers, uri, null);
    }

    private Response unauthenticated(String code, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(answer(401, code, headers, uri, null, login(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response answer(int status, String code, HttpHeaders headers, UriInfo uri, List<Problem.FieldError> errors,
            Object... args) {
        Locale locale = texts.choose(headers.getAcceptableLanguages());
        Problem body = new Problem(Problem.TYPE_BASE + code, texts.title(code, locale), status,
                texts.detail(code, locale, args), uri.getPath(), errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body)
                .build();
    }

    private Login login(UriInfo uri) {
        return logins.isResolvable() ? logins.get().forPath(uri.getPath()) : Login.IDPORTEN;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** {@code submit.request.subject} becomes {@code subject}: the client knows its body, not our method. */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            String last = "";
            for (Path.Node node : path) {
                last = node.getName();
            }
            return last;
        }
        return String.join(".", names);
    }
}
