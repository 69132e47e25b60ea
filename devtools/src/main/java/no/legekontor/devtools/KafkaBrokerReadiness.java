package no.legekontor.devtools;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * When a starting {@link KafkaBroker} is ready: its port accepts connections, then an admin client
 * gets an answer. Fails as soon as the process is gone, and at the deadline, with the broker log's tail.
 */
final class KafkaBrokerReadiness {

    /** Checked between tries: throws when the broker process has exited. */
    interface AliveCheck {
        void requireAlive();
    }

    private final int port;
    private final Duration timeout;
    private final AliveCheck alive;
    private final Supplier<String> logTail;

    KafkaBrokerReadiness(int port, Duration timeout, AliveCheck alive, Supplier<String> logTail) {
        this.port = port;
        this.timeout = timeout;
        this.alive = alive;
        this.logTail = logTail;
    }

    void await() {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitListening(deadline);
        awaitAnswer(deadline);
    }

    /** Waits for the port to accept connections first: an admin client would log every failed retry. */
    private void awaitListening(long deadline) {
        while (true) {
            alive.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // the deadline below bounds the wait
            }
            requireBefore(deadline);
            pause();
        }
    }

    private void awaitAnswer(long deadline) {
        Properties props = KafkaUser.ADMIN.clientProperties("127.0.0.1:" + port);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(props)) {
            while (true) {
                alive.requireAlive();
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000))
                            .nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet; the deadline below bounds the wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
                }
                requireBefore(deadline);
                pause();
            }
        }
    }

    private void requireBefore(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The Kafka broker did not answer on 127.0.0.1:" + port
                    + " within " + timeout.toSeconds() + " s" + logTail.get());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
