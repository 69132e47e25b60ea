package no.legekontor.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.launch.ServiceInstance;

/**
 * A stream of e-consultations and their answers across the running system, for the fault tests:
 * patients submit at a steady rate (round robin over the portal-api replicas) until {@code target}
 * are accepted (201), and Lise Berg answers each one that reaches her inbox (round robin over the
 * inbox-service replicas). A refused or failed call is counted and, for an answer, tried again later;
 * the stream goes on through whatever fault the test makes. It records what the system accepted:
 * the conversations and the reply ids, for {@link ExactlyOnce} to check.
 */
final class RequestStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final int SUBMITTERS = 8;
    private static final int REPLIERS = 4;

    private final RunningSystem system;
    private final List<String> patients;
    private final List<ServiceInstance> portals;
    private final List<ServiceInstance> inboxes;
    private final String staff = Demo.liseBergToken();
    private final long intervalNanos;
    private final int target;
    private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
    private final Map<UUID, UUID> itemByReply = new ConcurrentHashMap<>();
    private final Set<UUID> answered = ConcurrentHashMap.newKeySet();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger replyAttempts = new AtomicInteger();
    private final AtomicInteger failedReplies = new AtomicInteger();
    private final AtomicLong nextSlot = new AtomicLong();
    private final ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
    private final ExecutorService repliers = Executors.newFixedThreadPool(REPLIERS);
    private final Thread finder = new Thread(this::findItemsToAnswer, "stream-finder");
    private volatile boolean running;

    /**
     * @param perSecond submissions a second, so that the stream spans the fault the test makes
     * @param target    accepted submissions after which the stream stops submitting
     */
    RequestStream(RunningSystem system, List<String> patients, List<ServiceInstance> portals,
            List<ServiceInstance> inboxes, double perSecond, int target) {
        this.system = system;
        this.patients = List.copyOf(patients);
        this.portals = List.copyOf(portals);
        this.inboxes = List.copyOf(inboxes);
        this.intervalNanos = (long) (1e9 / perSecond);
        this.target = target;
    }

    RequestStream start() {
        running = true;
        nextSlot.set(System.nanoTime());
        for (int i = 0; i < SUBMITTERS; i++) {
            submitters.execute(this::submitAtTheRate);
        }
        finder.start();
        return this;
    }

    /** How many submissions the system has accepted so far. */
    int accepted() {
        return accepted.size();
    }

    /** How many answers the inbox has accepted so far. */
    int answered() {
        return itemByReply.size();
    }

    void awaitAccepted(int count, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> accepted.size() >= count);
    }

    /** Waits until the target is accepted and every accepted request is answered in the inbox. */
    void awaitAllAnswered(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> accepted.size() >= target && answeredInTheInbox() == accepted.size());
    }

    /** The conversations of the accepted submissions (201). */
    Set<UUID> acceptedConversations() {
        return Set.copyOf(accepted);
    }

    /** The replies the inbox accepted (201), by reply id. */
    Set<UUID> acceptedReplies() {
        return Set.copyOf(itemByReply.keySet());
    }

    /** What the stream did, for the test's output. */
    String summary() {
        return String.format("%d submissions accepted of %d sent (%d refused or failed); %d answers accepted of %d"
                + " tried (%d refused or failed)", accepted.size(), sent.get(), refused.get(), itemByReply.size(),
                replyAttempts.get(), failedReplies.get());
    }

    private void submitAtTheRate() {
        while (running && accepted.size() < target) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getAndAccumulate(now, (next, at) -> Math.max(next, at) + intervalNanos));
            pause(TimeUnit.NANOSECONDS.toMillis(slot - now));
            if (!running || accepted.size() >= target) {
                return;
            }
            int n = sent.incrementAndGet();
            String body = "{\"subject\":\"Strøm " + n + "\",\"body\":\"Spørsmål nummer " + n
                    + " i strømmen.\",\"acceptFee\":true,\"confirmNotUrgent\":true}";
            post(portals.get(n % portals.size()), "/api/v1/e-consultations", patients.get(n % patients.size()), body)
                    .ifPresentOrElse(id -> accepted.add(id), refused::incrementAndGet);
        }
    }

    private void findItemsToAnswer() {
        while (running) {
            try (Connection inbox = DriverManager.getConnection(system.postgres.jdbcUrl(system.inboxDatabase),
                    system.postgres.user(), "")) {
                while (running) {
                    for (UUID item : openItems(inbox)) {
                        if (!answered.contains(item) && inFlight.add(item)) {
                            repliers.execute(() -> answer(item));
                        }
                    }
                    pause(200);
                }
            } catch (SQLException e) {
                pause(1000); // the test's own connection goes straight to PostgreSQL; try again
            }
        }
    }

    private List<UUID> openItems(Connection inbox) throws SQLException {
        try (PreparedStatement query = inbox.prepareStatement(
                "select id from inbox_item where status = 'OPEN' and conversation_id = any(?)")) {
            query.setArray(1, inbox.createArrayOf("uuid", accepted.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                List<UUID> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(rows.getObject(1, UUID.class));
                }
                return items;
            }
        }
    }

    private void answer(UUID item) {
        try {
            int n = replyAttempts.incrementAndGet();
            Optional<UUID> reply = post(inboxes.get(n % inboxes.size()), "/api/v1/inbox/" + item + "/replies", staff,
                    "{\"body\":\"Svar på strøm-spørsmål " + item + ".\"}");
            reply.ifPresentOrElse(id -> {
                itemByReply.put(id, item);
                answered.add(item);
            }, failedReplies::incrementAndGet);
        } finally {
            inFlight.remove(item);
        }
    }

    private long answeredInTheInbox() throws SQLException {
        try (Connection inbox = DriverManager.getConnection(system.postgres.jdbcUrl(system.inboxDatabase),
                system.postgres.user(), "");
                PreparedStatement query = inbox.prepareStatement(
                        "select count(*) from inbox_item where status <> 'OPEN' and conversation_id = any(?)")) {
            query.setArray(1, inbox.createArrayOf("uuid", accepted.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The id in a 201's body, or empty for any other answer or none. */
    private static Optional<UUID> post(ServiceInstance service, String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(JSON.readTree(response.body()).path("id").asText()));
        } catch (IOException e) {
            return Optional.empty(); // refused, reset or timed out: the outcome is unknown, as for a client
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        submitters.shutdownNow();
        repliers.shutdownNow();
        finder.interrupt();
        try {
            finder.join(5000);
            submitters.awaitTermination(CALL_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            repliers.awaitTermination(CALL_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
