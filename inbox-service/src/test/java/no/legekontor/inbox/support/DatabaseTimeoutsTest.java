package no.legekontor.inbox.support;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.DatabaseTimeoutChecks;

/** Statement, lock and socket timeouts on the service's pool (devtools' checks). */
@QuarkusTest
class DatabaseTimeoutsTest extends DatabaseTimeoutChecks {
}
