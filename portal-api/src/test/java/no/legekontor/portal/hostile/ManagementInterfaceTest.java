package no.legekontor.portal.hostile;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.ManagementInterfaceChecks;

/** Health and metrics on the management port only; the OpenAPI document public (devtools' checks). */
@QuarkusTest
class ManagementInterfaceTest extends ManagementInterfaceChecks {
}
