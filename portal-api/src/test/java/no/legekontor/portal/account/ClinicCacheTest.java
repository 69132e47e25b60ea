package no.legekontor.portal.account;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Clinics are read on every fee quote and submission and kept in the second-level cache. A
 * submission writes rows by native SQL (outbox, access log); those must not empty the cache, as
 * Hibernate does after native statements that do not name their tables (issue 11).
 */
@QuarkusTest
class ClinicCacheTest {

    @Inject
    EntityManagerFactory factory;

    @Test
    void aSubmissionLeavesTheClinicInTheSecondLevelCache() {
        asPatient(KARI).get("/api/v1/e-consultations/fee").then().statusCode(200);
        assertThat(factory.getCache().contains(Clinic.class, DEMO_CLINIC)).isTrue();

        submitEConsultation(KARI);

        assertThat(factory.getCache().contains(Clinic.class, DEMO_CLINIC)).isTrue();
    }
}
