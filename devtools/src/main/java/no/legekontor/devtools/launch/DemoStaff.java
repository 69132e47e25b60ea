package no.legekontor.devtools.launch;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.legekontor.devtools.Demo;

/**
 * The inbox admits a staff token only for a practitioner of its clinic (R17), which it learns from
 * portal-api's events; portal-api announces the demo staff at its start. Readiness does not wait for
 * that, so a started system waits here until the inbox admits each demo staff member: the README
 * walk-through and the system tests begin with a system that knows them. It asks for the inbox's
 * figures, which show no patient's data (a list would write the listed patients' access logs).
 */
final class DemoStaff {

    private DemoStaff() {
    }

    static void awaitAdmitted(ServiceInstance inbox, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (String token : List.of(Demo.liseBergToken(), Demo.anneDahlToken(), Demo.nilsFjellToken())) {
            while (status(inbox, token) != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(inbox.name() + " does not admit the demo staff after "
                            + timeout.toSeconds() + " s: has portal-api announced them (PractitionerRegistered)? log: "
                            + inbox.log() + inbox.logTail());
                }
                if (!inbox.isRunning()) {
                    throw new IllegalStateException(inbox.name() + " exited; log: " + inbox.log() + inbox.logTail());
                }
                pause();
            }
        }
    }

    private static int status(ServiceInstance inbox, String token) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(inbox.baseUrl() + "/api/v1/inbox/stats")
                    .toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(5000);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
