package no.legekontor.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.legekontor.devtools.DevTokens;

/**
 * The run's requests, built before any phase (tokens signed and bodies serialized once), so that the
 * load generator only writes bytes. Tokens live an hour, longer than a run.
 */
final class Requests {

    /** Distinct submitters; the open-model phases cycle through them (a patient may have many open requests). */
    static final int SUBMITTERS = 2000;

    final List<byte[]> conversationReads = new ArrayList<>();
    final List<byte[]> submissions = new ArrayList<>();
    final List<byte[]> inboxReads = new ArrayList<>();
    /** A GP's token per clinic, for the replies. */
    final Map<String, String> gpTokenByClinic = new LinkedHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    static Requests build(DataSet data, int portalPort, int inboxPort) throws JsonProcessingException {
        String portalHost = "127.0.0.1:" + portalPort;
        String inboxHost = "127.0.0.1:" + inboxPort;
        Random random = new Random(7);
        Requests r = new Requests();
        for (DataSet.Person reader : data.readers) {
            r.conversationReads.add(HttpConnection.get(portalHost, "/api/v1/conversations?size=50",
                    DevTokens.patient(reader.nationalId())));
        }
        for (DataSet.Person p : data.submitters.subList(0, Math.min(data.submitters.size(), SUBMITTERS))) {
            String body = JSON.writeValueAsString(Map.of(
                    "subject", DataSet.SUBJECTS[random.nextInt(DataSet.SUBJECTS.length)],
                    "body", DataSet.BODIES[random.nextInt(DataSet.BODIES.length)],
                    "acceptFee", true, "confirmNotUrgent", true));
            r.submissions.add(HttpConnection.post(portalHost, "/api/v1/e-consultations",
                    DevTokens.patient(p.nationalId()), body));
        }
        Collections.shuffle(r.submissions, random);
        for (String hpr : data.inboxClinic.gpHprs()) {
            r.inboxReads.add(HttpConnection.get(inboxHost, "/api/v1/inbox?status=OPEN&size=50",
                    DevTokens.staff(hpr, "gp", data.inboxClinic.orgNumber(), "Fastlege " + hpr)));
        }
        for (DataSet.Clinic clinic : data.clinics) {
            String hpr = clinic.gpHprs().get(0);
            r.gpTokenByClinic.put(clinic.orgNumber(),
                    DevTokens.staff(hpr, "gp", clinic.orgNumber(), "Fastlege " + hpr));
        }
        return r;
    }

    /** A GP's reply to an inbox item (its id and clinic), with one of the data set's texts. */
    byte[] reply(int inboxPort, String itemId, String clinic, int n) throws JsonProcessingException {
        String body = JSON.writeValueAsString(Map.of("body", DataSet.REPLIES[n % DataSet.REPLIES.length]));
        return HttpConnection.post("127.0.0.1:" + inboxPort, "/api/v1/inbox/" + itemId + "/replies",
                gpTokenByClinic.get(clinic), body);
    }

    /** Fails the run unless the request answers 200 with {@code field} = {@code expected}: the data is as meant. */
    static void check(int port, byte[] request, String field, long expected) throws IOException {
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
            HttpConnection.Response response = connection.exchange(request);
            if (response.status() != 200) {
                throw new IllegalStateException("Sanity check failed: HTTP " + response.status() + " "
                        + Load.abbreviate(response.text()));
            }
            long actual = JSON.readTree(response.body()).path(field).asLong(-1);
            if (actual != expected) {
                throw new IllegalStateException("Sanity check failed: " + field + " is " + actual + ", not " + expected);
            }
        }
    }
}
