package no.legekontor.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import no.legekontor.devtools.ContractHttpClient;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.client.ApiClient;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A clinic system (EPJ) calling the running portal-api through the client generated from the
 * committed {@code openapi/portal-api-clinic-system.yaml} (module portal-api-client), as a real one would:
 * {@code ClinicSystem.of(Demo.DEMO_CLINIC).integration().registerPatient(...)}. A call the document
 * does not describe does not compile, so these tests check the contract as well as the code.
 */
public final class ClinicSystem {

    private final Supplier<String> token;

    private ClinicSystem(Supplier<String> token) {
        this.token = token;
    }

    /** The clinic system of the clinic with this organisation number, with a fresh integration token per call. */
    public static ClinicSystem of(String orgNumber) {
        return new ClinicSystem(() -> DevTokens.integration(orgNumber));
    }

    /** A caller with any token, or none ({@code null}), for the 401 and 403 cases. */
    public static ClinicSystem withToken(String token) {
        return new ClinicSystem(() -> token);
    }

    /** The integration endpoints ({@code /api/v1/integration/...}). */
    public ClinicIntegrationApi integration() {
        return new ClinicIntegrationApi(client());
    }

    private ApiClient client() {
        // Every call is checked against the contract, as REST Assured's are (devtools' ContractCheck).
        ApiClient client = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return ContractHttpClient.checking(super.getHttpClient(), "portal-api-clinic-system");
            }
        };
        // Quarkus publishes the port it actually bound (quarkus.http.test-port=0 picks a free one).
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        client.updateBaseUri("http://localhost:" + port);
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> {
            String bearer = token.get();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
        });
        return client;
    }

    /** A call through the generated client, which declares {@link ApiException}. */
    @FunctionalInterface
    public interface Call {
        void run() throws ApiException;
    }

    /**
     * Makes a call that must fail with {@code status} and the problem {@code code}, and returns the
     * problem, read with the generated model.
     */
    public static Problem expectProblem(int status, String code, Call call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("the call fails with %d %s", status, code).isNotNull();
        assertThat(failure.getCode()).as("status; body %s", failure.getResponseBody()).isEqualTo(status);
        Problem problem;
        try {
            problem = ApiClient.createDefaultObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a problem+json body: " + failure.getResponseBody(), e);
        }
        assertThat(problem.getType()).hasToString("https://api.legekontor.no/problems/" + code);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }
}
