package no.legekontor.devtools;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A REST Assured filter that fails the call, and so the test that made it, when it leaves the
 * committed OpenAPI document whose path it hits (see {@link Contract} for what is checked). A test
 * that sends a wrong request on purpose and expects it to be accepted adds {@link #RESPONSE_ONLY}
 * to that request. {@link ContractCheck} installs one filter per test JVM.
 */
public final class ContractFilter implements Filter {

    /**
     * Added to a request ({@code given().filter(ContractFilter.RESPONSE_ONLY)}): only its response
     * is checked, for tests that send requests outside the contract on purpose.
     */
    public static final Filter RESPONSE_ONLY = (request, response, context) -> context.next(request, response);

    private final Contract contract;

    private ContractFilter(Contract contract) {
        this.contract = contract;
    }

    /** A filter checking calls against the committed documents named, e.g. {@code portal-api}. */
    public static ContractFilter of(String... documents) {
        return new ContractFilter(Contract.of(documents));
    }

    /**
     * Adds a filter for these documents (comma-separated) to {@link RestAssured#filters()}, once:
     * every later call of this class loader's REST Assured is checked.
     */
    public static synchronized void install(String documents) {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(of(documents.split(",")));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        Set<String> query = new HashSet<>(request.getQueryParams().keySet());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                query.add(pair.split("=", 2)[0]);
            }
        }
        contract.check(new Contract.Exchange(request.getMethod(), uri.getRawPath(), query, request.getContentType(),
                bodyOf(request), request.getDefinedFilters().contains(RESPONSE_ONLY), response.statusCode(),
                response.getContentType(), response::getHeader, response.asByteArray()));
        return response;
    }

    private static byte[] bodyOf(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null) {
            return new byte[0];
        }
        return body instanceof byte[] bytes ? bytes : body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
