package no.legekontor.inbox.support;

import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed openapi/inbox-service.yaml follows the API conventions (see
 * {@link OpenApiContract}): a contract check of the fast tier, no service running.
 * {@link OpenApiContractTest} keeps the document equal to what the code serves.
 */
class OpenApiConventionsTest {

    @Test
    void everyOperationFollowsTheConventions() {
        OpenApiContract.assertConventions(OpenApiContract.committed("inbox-service"));
    }
}
