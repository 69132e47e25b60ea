package no.legekontor.support.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import no.legekontor.support.problem.Problem;
import no.legekontor.support.problem.ProblemTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R16: a request body over the limit (64 KB by default, {@code request.max-body-size}) is refused
 * before anything reads it, as 413 {@code body-too-large} in the one problem+json shape. It runs
 * before Quarkus's own limit ({@code quarkus.http.limits.max-body-size}, which answers without a
 * body), so a body whose Content-Length is over the limit always gets the problem; Quarkus's limit,
 * set to the same size, stops a chunked body without a length that grows past it.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before Quarkus's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    static final int ORDER = -3;

    @Inject
    ProblemTexts texts;

    @ConfigProperty(name = "request.max-body-size", defaultValue = "64K")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, max)) {
                Locale locale = texts.choose(languages(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
                String code = "body-too-large";
                Problem problem = new Problem(Problem.TYPE_BASE + code, texts.title(code, locale), 413,
                        texts.detail(code, locale, max / 1024), context.request().path(), null);
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
                if (context.request().version() != HttpVersion.HTTP_2) {
                    // HTTP/1.x: the unread body must not be taken for the next request. HTTP/2 has no
                    // such header (RFC 9113 8.2.2: a response with one is malformed, and Java 25's
                    // client refuses it); its stream ends with the answer.
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                }
                context.response().end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }

    private static List<Locale> languages(String acceptLanguage) {
        try {
            return acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
