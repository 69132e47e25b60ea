package no.legekontor.portal.notification;

import static no.legekontor.portal.notification.NotificationChecks.listed;
import static no.legekontor.portal.notification.NotificationChecks.published;
import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TestClock;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R13 with R11: 30 days before a child turns 16 its guardian is told that access ends, by the daily
 * job, once: also when the job runs twice, on two replicas at the same moment, and on the days after.
 * Each test stands the clock on days of its own (the job does a day's work once).
 */
@QuarkusTest
class ProxyAccessWarningTest {

    @Inject
    TestClock clock;

    @Inject
    ProxyAccessWarnings warnings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aGuardianIsWarnedOnce30DaysBeforeTheChildTurns16AlsoWhenTheJobRunsTwiceAndConcurrently()
            throws Exception {
        LocalDate warningDay = LocalDate.now(BusinessCalendar.OSLO).plusDays(200);
        LocalDate birthday16 = warningDay.plusDays(30);
        String parent = readyAdultNotifiedBy("Varsel Vebjørn", true, false);
        String child = Accounts.register("Varsel Vetle", birthday16.minusYears(16));
        Accounts.registerGuardian(parent, child);

        standOn(warningDay.minusDays(1));
        warnings.run();
        assertThat(listed(parent, "PROXY_ACCESS_ENDING")).as("31 days before: not yet").isEmpty();

        standOn(warningDay);
        runConcurrently(2);
        warnings.run();
        standOn(warningDay.plusDays(1));
        warnings.run();

        List<Map<String, Object>> warned = listed(parent, "PROXY_ACCESS_ENDING");
        assertThat(warned).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("text", "Fra " + norwegian(birthday16) + " kan du ikke lenger bruke tjenestene hos "
                        + "Demo Legesenter på vegne av barnet ditt, som fyller 16 år den dagen. Barnet logger da inn "
                        + "selv med BankID.")
                .containsEntry("link", "/me")
                .containsEntry("channels", List.of("SMS")));
        assertThat((String) warned.get(0).get("text")).doesNotContain("Vetle");
        assertThat(published(warned.get(0).get("id"), 1)).hasSize(1);
    }

    @Test
    void aDayTheJobDidNotRunIsMadeUpTheNextDayButAnEndedGuardianshipIsNotWarned() throws Exception {
        LocalDate warningDay = LocalDate.now(BusinessCalendar.OSLO).plusDays(260);
        LocalDate birthday16 = warningDay.plusDays(30);
        String parent = readyAdultNotifiedBy("Varsel Vibeke", false, true);
        String child = Accounts.register("Varsel Vilja", birthday16.minusYears(16));
        Accounts.registerGuardian(parent, child);
        String formerParent = readyAdultNotifiedBy("Varsel Valter", false, true);
        String guardianship = Accounts.registerGuardian(formerParent, child);
        ClinicSystem.of(Demo.DEMO_CLINIC).integration().endGuardianship(UUID.fromString(guardianship));

        standOn(warningDay.plusDays(2));
        assertThat(warnings.run()).isGreaterThanOrEqualTo(1);

        assertThat(listed(parent, "PROXY_ACCESS_ENDING")).hasSize(1);
        assertThat(listed(formerParent, "PROXY_ACCESS_ENDING")).isEmpty();
    }

    /** Two replicas' jobs at the same moment: each starts its own transaction at once. */
    private void runConcurrently(int replicas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return warnings.run();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void standOn(LocalDate day) {
        clock.standAt(day.atTime(7, 0).toString());
    }

    private static String norwegian(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
