package no.legekontor.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Kafka consumer of a service can wait out a database outage of any length: SmallRye's
 * throttled commit strategy fails a channel for good when a record stays unacknowledged for
 * {@code throttled.unprocessed-record-max-age.ms} (default 60 s), and a consumer holds its batch
 * for as long as the database is away; so the setting is 0 (off) for each incoming channel, in
 * every profile, unless the channel commits another way. A check of the service's
 * {@code application.properties} (no broker, no database): the fault tests then cut PostgreSQL for
 * seconds, not for over a minute. Each module runs it through a subclass.
 */
public abstract class ConsumerSettingsChecks {

    private static final Pattern CONNECTOR =
            Pattern.compile("(%[^.]+\\.)?mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    /** The service's configuration, on the module's test class path. */
    private static final String CONFIGURATION = "application.properties";

    @Test
    void everyKafkaConsumerWaitsOutAnOutageOfAnyLengthInsteadOfFailingItsChannelAfter60Seconds() {
        Properties config = load(CONFIGURATION);
        List<String> channels = kafkaChannels(config);
        assertFalse(channels.isEmpty(), "no Kafka channel (mp.messaging.incoming.*.connector=smallrye-kafka) in "
                + CONFIGURATION);
        for (String channel : channels) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            String strategy = config.getProperty(prefix + "commit-strategy", "throttled");
            if (!"throttled".equals(strategy)) {
                continue;
            }
            String maxAge = prefix + "throttled.unprocessed-record-max-age.ms";
            for (String key : new TreeSet<>(config.stringPropertyNames())) {
                if (key.replaceFirst("^%[^.]+\\.", "").equals(maxAge)) {
                    assertEquals("0", config.getProperty(key).strip(), key + " in " + CONFIGURATION);
                }
            }
            assertEquals("0", config.getProperty(maxAge, "60000").strip(),
                    maxAge + " in " + CONFIGURATION
                            + " (unset, SmallRye fails the channel after 60 s without an ack)");
        }
    }

    private static List<String> kafkaChannels(Properties config) {
        TreeSet<String> channels = new TreeSet<>();
        for (String key : config.stringPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(key);
            if (matcher.matches() && "smallrye-kafka".equals(config.getProperty(key).strip())) {
                channels.add(matcher.group(2));
            }
        }
        return List.copyOf(channels);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
