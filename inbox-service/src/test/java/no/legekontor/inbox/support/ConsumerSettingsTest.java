package no.legekontor.inbox.support;

import no.legekontor.devtools.ConsumerSettingsChecks;

/** inbox-service's consumer of portal.requests.v1 waits out a database outage of any length (devtools' checks). */
class ConsumerSettingsTest extends ConsumerSettingsChecks {
}
