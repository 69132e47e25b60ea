package no.legekontor.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the service's topics ({@link TopicsConfig}) at start, before the consumers subscribe:
 * a consumer that subscribes to a missing topic joins its group only once the broker has
 * auto-created it, so the first request after start would wait a second or more. An existing topic
 * is fine and left as it is. When the broker does not answer within {@code startup-wait}, the
 * service starts anyway (the outbox keeps taking requests) and the creation is retried in the
 * background until it succeeds.
 */
@ApplicationScoped
public class TopicCreation {

    private static final Logger LOG = Logger.getLogger(TopicCreation.class);

    /** Before SmallRye Reactive Messaging starts the consumers (its observer has priority 1000). */
    static final int BEFORE_MESSAGING = 500;

    @Inject
    TopicsConfig config;

    @Inject
    KafkaConnection connection;

    private volatile Admin admin;
    private ScheduledExecutorService retries;
    private volatile boolean done;

    void onStart(@Observes @Priority(BEFORE_MESSAGING) StartupEvent event) {
        List<String> topics = config.all();
        if (topics.isEmpty()) {
            return;
        }
        admin = Admin.create(adminProperties());
        if (attempt(topics, config.startupWait().toMillis())) {
            close();
            return;
        }
        LOG.warnf("Kafka did not confirm the topics %s within %s; starting anyway and retrying every %s", topics,
                config.startupWait(), config.retryInterval());
        retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "topic-creation");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.retryInterval().toMillis();
        retries.scheduleWithFixedDelay(() -> {
            if (!done && attempt(topics, Math.max(interval, 1000))) {
                retries.shutdown();
                close();
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
        close();
    }

    private boolean attempt(List<String> topics, long waitMillis) {
        List<NewTopic> wanted = topics.stream()
                .map(name -> new NewTopic(name, config.partitions(), config.replicationFactor()))
                .toList();
        Admin client = admin;
        if (client == null) {
            return false; // shutting down
        }
        CreateTopicsResult result = client.createTopics(wanted);
        long deadline = System.currentTimeMillis() + waitMillis;
        try {
            for (Map.Entry<String, KafkaFuture<Void>> topic : result.values().entrySet()) {
                try {
                    topic.getValue().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    LOG.infof("Created topic %s (%d partitions, replication factor %d)", topic.getKey(),
                            config.partitions(), config.replicationFactor());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            done = true;
            return true;
        } catch (TimeoutException | ExecutionException e) {
            LOG.debugf("Topics not created yet: %s", e.getClass().getName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ZERO);
            admin = null;
        }
    }

    private Properties adminProperties() {
        Properties props = connection.properties();
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "topic-creation");
        return props;
    }
}
