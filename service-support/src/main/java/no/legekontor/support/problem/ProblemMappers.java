package no.legekontor.support.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into the one problem+json shape. Domain rules, bean validation, security and
 * plain HTTP errors each have a mapper here; nothing else in the services writes an error body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemTexts texts;

    @ServerExceptionMapper
    public Response domain(DomainProblem problem, HttpHeaders headers, UriInfo uri) {
        return answer(problem.status(), problem.code(), headers, uri, null, problem.args());
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
        String message = texts.detail("field." + e.reason(), locale);
        return answer(400, "validation-failed", headers, uri, List.of(new Problem.FieldError(e.field(), message)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return answer(403, "forbidden", headers, uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
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

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(answer(401, "unauthorized", headers, uri, null))
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
