package no.legekontor.portal.appointment;

import static no.legekontor.portal.support.Accounts.registerReadyAdult;
import static no.legekontor.portal.support.Schedule.book;
import static no.legekontor.portal.support.Schedule.newSlot;
import static no.legekontor.portal.support.Schedule.nextStart;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.Test;

/** R4: one slot is booked by at most one patient, also when many try at the same moment. */
@QuarkusTest
class ConcurrentBookingTest {

    static final int BOOKERS = 20;

    @Test
    void twentyConcurrentBookersOfOneSlotGetExactlyOneBooking() throws Exception {
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < BOOKERS; i++) {
            patients.add(registerReadyAdult("Rask Booker " + i));
        }
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);

        ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
        CountDownLatch ready = new CountDownLatch(BOOKERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String patient : patients) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return book(patient, slotId).extract().statusCode();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(BOOKERS - 1);
        } finally {
            pool.shutdownNow();
        }

        String day = start.toLocalDate().toString();
        List<String> booked = io.restassured.RestAssured.given()
                .auth().oauth2(DevTokens.integration(Demo.DEMO_CLINIC))
                .queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .get("/api/v1/integration/appointments").then().statusCode(200)
                .extract().path("items.findAll { it.slotId == '" + slotId + "' }.status");
        assertThat(booked).containsExactly("BOOKED");
    }
}
