package no.legekontor.devtools;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.in;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.legekontor.devtools.ApiOperations.Operation;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * An authorization matrix over a service's committed OpenAPI document: for every operation, the
 * callers it must refuse, each a named dynamic test that calls the running service and expects the
 * refusal as {@code application/problem+json} with the problem code: never 2xx, never 500. Which
 * callers apply to an operation follows from the document (its security scheme, {@code On-Behalf-Of},
 * its path parameters, the codes its 403 names), so a new endpoint is covered without editing a test.
 */
public final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /**
     * One caller of an operation and what the operation must answer.
     *
     * @param name          what is wrong with the caller, as the test is named
     * @param token         the bearer token, or null for none
     * @param headers       further request headers (On-Behalf-Of)
     * @param pathValues    the value of each path parameter, by name
     * @param bodyOverrides fields of the minimal body set to other values
     * @param expect        the answer
     */
    public record Case(String name, String token, Map<String, String> headers, Function<String, String> pathValues,
            Map<String, String> bodyOverrides, Expect expect) {

        public Case(String name, String token, Function<String, String> pathValues, Expect expect) {
            this(name, token, Map.of(), pathValues, Map.of(), expect);
        }

        public Case withHeader(String header, String value) {
            return new Case(name, token, Map.of(header, value), pathValues, bodyOverrides, expect);
        }

        public Case withBody(Map<String, String> overrides) {
            return new Case(name, token, headers, pathValues, overrides, expect);
        }
    }

    /**
     * The statuses one of which the operation must answer and, for a refusal (a problem+json answer),
     * the problem codes one of which it names (any, when none are given).
     */
    public record Expect(Set<Integer> statuses, Set<String> codes, boolean refusal) {

        /** Refused with this status and problem code. */
        public static Expect refused(int status, String code) {
            return new Expect(Set.of(status), Set.of(code), true);
        }

        /** Refused with one of these client errors, whichever code it carries. */
        public static Expect refusedWithOneOf(Set<Integer> statuses) {
            return new Expect(statuses, Set.of(), true);
        }

        /** The rightful caller's answer, which shows that the ids the refusals use are real. */
        public static Expect answered(int status) {
            return new Expect(Set.of(status), Set.of(), false);
        }
    }

    /**
     * The value of each path parameter: the id of a known record of the collection the path names
     * it in. A path parameter of a collection without a known record fails its tests: a made-up id
     * would let a "another caller's record: 404" case pass without any ownership check.
     */
    public static Function<String, String> knownRecords(Operation operation, Map<String, String> records) {
        return name -> {
            String collection = operation.collectionOf(name);
            String id = records.get(collection);
            if (id == null) {
                throw new AssertionError(operation + ": no known record of '" + collection + "' for the path parameter '"
                        + name + "'; give the matrix one");
            }
            return id;
        };
    }

    /** What a matrix says of an operation under a security scheme it has no cases for: it fails. */
    public static AssertionError unexpectedScheme(Operation operation) {
        return new AssertionError(operation + " is under the security scheme '" + operation.scheme()
                + "', for which this matrix has no cases; add them");
    }

    /** A container per operation with a test per case that {@code cases} gives for it. */
    public static Stream<DynamicContainer> tests(List<Operation> operations, Function<Operation, List<Case>> cases) {
        return operations.stream().map(operation -> DynamicContainer.dynamicContainer(operation.toString(),
                cases.apply(operation).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> named(operation, c)))));
    }

    private static void named(Operation operation, Case c) {
        try {
            check(operation, c);
        } catch (AssertionError e) {
            throw new AssertionError(operation + ", " + c.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tokens every protected operation refuses with 401, each made from the claims of a good
     * token for it: none, expired, not yet valid, from an issuer nobody trusts, with a broken
     * signature, unsigned ({@code alg: none}), for another service, signed by an algorithm other than
     * RS256 and PS256, issued longer ago than the services take.
     */
    public static List<Case> badTokens(Supplier<JwtClaimsBuilder> good, Function<String, String> pathValues) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("no token", null, pathValues, Expect.refused(401, "unauthorized")));
        cases.add(new Case("expired", RefusedTokens.expired(good.get()), pathValues,
                Expect.refused(401, "token-expired")));
        cases.add(new Case("not yet valid (nbf in the future)", RefusedTokens.notYetValid(good.get()), pathValues,
                Expect.refused(401, "token-invalid")));
        cases.add(new Case("issuer nobody trusts", RefusedTokens.fromUnknownIssuer(good.get()), pathValues,
                Expect.refused(401, "token-invalid")));
        cases.add(new Case("bad signature", RefusedTokens.withBrokenSignature(good.get()), pathValues,
                Expect.refused(401, "token-invalid")));
        cases.add(new Case("alg none", RefusedTokens.unsigned(good.get()), pathValues,
                Expect.refused(401, "token-invalid")));
        cases.add(new Case("issued for another service (aud)", RefusedTokens.forAnotherService(good.get()),
                pathValues, Expect.refused(401, "token-invalid")));
        cases.add(new Case("signed with RS384 (only RS256 and PS256 are taken)",
                RefusedTokens.withAnotherAlgorithm(good.get()), pathValues, Expect.refused(401, "token-invalid")));
        cases.add(new Case("issued longer ago than the maximum token age (iat)",
                RefusedTokens.issuedTooLongAgo(good.get()), pathValues, Expect.refused(401, "token-invalid")));
        return cases;
    }

    private static void check(Operation operation, Case c) {
        // As a client of the operation asks: JSON, or the event stream of a streaming operation.
        RequestSpecification request = given().accept("application/json, text/event-stream");
        if (c.token() != null) {
            request.auth().oauth2(c.token());
        }
        c.headers().forEach(request::header);
        operation.query().forEach(request::queryParam);
        if (operation.body() != null) {
            request.contentType(ContentType.JSON).body(operation.body(c.bodyOverrides()).toString());
        }
        ValidatableResponse response = request.request(operation.method(), operation.path(c.pathValues())).then()
                .log().ifValidationFails();
        if (!c.expect().refusal()) {
            response.statusCode(in(c.expect().statuses()));
            return;
        }
        response.statusCode(in(c.expect().statuses())).contentType("application/problem+json");
        if (!c.expect().codes().isEmpty()) {
            List<Matcher<? super String>> codes = new ArrayList<>();
            c.expect().codes().forEach(code -> codes.add(endsWith("/" + code)));
            response.body("type", Matchers.anyOf(codes));
        }
    }
}
