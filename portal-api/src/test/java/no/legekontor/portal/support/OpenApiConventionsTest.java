package no.legekontor.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import no.legekontor.devtools.ApiOperations;
import no.legekontor.devtools.OpenApiContract;
import no.legekontor.portal.integration.ClinicSystemApi;
import org.junit.jupiter.api.Test;

/**
 * Every operation of portal-api's committed contracts, openapi/portal-api.yaml and
 * openapi/portal-api-clinic-system.yaml, follows the API conventions (see {@link OpenApiContract}),
 * and each holds only its audience's paths: contract checks of the fast tier, no service running.
 * {@link OpenApiContractTest} keeps the documents equal to what the code serves.
 */
class OpenApiConventionsTest {

    @Test
    void everyOperationFollowsTheConventions() {
        OpenApiContract.assertConventions(OpenApiContract.committed("portal-api"));
        OpenApiContract.assertConventions(OpenApiContract.committed("portal-api-clinic-system"));
    }

    @Test
    void eachContractHoldsOnlyItsAudiencesPaths() {
        assertThat(ApiOperations.of("portal-api")).isNotEmpty()
                .allSatisfy(operation -> assertThat(operation.path()).doesNotStartWith(ClinicSystemApi.PATH_PREFIX));
        assertThat(ApiOperations.of("portal-api-clinic-system")).isNotEmpty()
                .allSatisfy(operation -> assertThat(operation.path()).startsWith(ClinicSystemApi.PATH_PREFIX));
    }
}
