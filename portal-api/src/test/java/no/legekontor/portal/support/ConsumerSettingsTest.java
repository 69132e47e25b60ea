package no.legekontor.portal.support;

import no.legekontor.devtools.ConsumerSettingsChecks;

/** portal-api's consumer of inbox.events.v1 waits out a database outage of any length (devtools' checks). */
class ConsumerSettingsTest extends ConsumerSettingsChecks {
}
