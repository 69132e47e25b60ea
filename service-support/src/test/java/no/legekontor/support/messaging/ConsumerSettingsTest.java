package no.legekontor.support.messaging;

import no.legekontor.devtools.ConsumerSettingsChecks;

/**
 * The test application's consumer is configured as the services' are, so that
 * {@link DatabaseOutageTest}'s short outage stands for a long one (devtools' checks).
 */
class ConsumerSettingsTest extends ConsumerSettingsChecks {
}
