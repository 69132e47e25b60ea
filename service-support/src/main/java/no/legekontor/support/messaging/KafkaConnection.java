package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the service's own Kafka clients (the outbox relay, dead letters, topic creation) reach the
 * broker: {@code kafka.bootstrap.servers} and the same login as the SmallRye channels, that is every
 * {@code kafka.security.protocol}, {@code kafka.sasl.*} and {@code kafka.ssl.*} setting without its
 * {@code kafka.} prefix (docs/configuration.md). A client built without it would not get past the
 * broker's SASL listener.
 */
@ApplicationScoped
public class KafkaConnection {

    private static final String PREFIX = "kafka.";

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    Config config;

    /** Bootstrap servers and the login, for a new client's properties. */
    public Properties properties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(KafkaConnection::isLogin)
                .distinct()
                .forEach(name -> config.getOptionalValue(name, String.class)
                        .ifPresent(value -> props.put(name.substring(PREFIX.length()), value)));
        return props;
    }

    private static boolean isLogin(String name) {
        return name.equals("kafka.security.protocol") || name.startsWith("kafka.sasl.")
                || name.startsWith("kafka.ssl.");
    }
}
