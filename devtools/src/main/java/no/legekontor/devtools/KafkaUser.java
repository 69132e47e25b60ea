package no.legekontor.devtools;

import java.util.List;
import java.util.Properties;

/**
 * A principal of the brokers devtools starts ({@link KafkaBroker}: tests, the bench, {@code ./portal up}),
 * with its SCRAM-SHA-512 password. The broker gets every user's credentials when its storage is
 * formatted; the services' dev and test profiles default to theirs (their
 * {@code application.properties}), which is what production replaces (docs/configuration.md).
 * {@link #ADMIN} is the broker's super user: the broker itself, the tests' and the bench's own
 * clients ({@link TopicClient}), the tools.
 *
 * @param name     the user name; the ACL principal is {@code User:<name>}
 * @param password a development password, known to everyone who reads this file
 */
public record KafkaUser(String name, String password) {

    /** The SASL mechanism of every client listener. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** The super user: the broker's inter-broker connections, tests, tools and the bench's ceilings. */
    public static final KafkaUser ADMIN = new KafkaUser("admin", "admin-dev-secret");
    /** portal-api's principal (the default of its dev and test profiles). */
    public static final KafkaUser PORTAL_API = new KafkaUser("portal-api", "portal-api-dev-secret");
    /** inbox-service's principal (the default of its dev and test profiles). */
    public static final KafkaUser INBOX_SERVICE = new KafkaUser("inbox-service", "inbox-service-dev-secret");

    /** Every user the broker knows. */
    public static final List<KafkaUser> ALL = List.of(ADMIN, PORTAL_API, INBOX_SERVICE);

    /** {@code User:<name>}, as ACLs name it. */
    public String principal() {
        return "User:" + name;
    }

    /** The JAAS line of a client logging in as this user. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                + "\" password=\"" + password + "\";";
    }

    /** A client's connection to a broker devtools started, as this user: bootstrap servers and SASL. */
    public Properties clientProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.putAll(saslProperties());
        return props;
    }

    /** Only the SASL settings ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}). */
    public Properties saslProperties() {
        Properties props = new Properties();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", jaasConfig());
        return props;
    }

    /** The {@code kafka-storage format --add-scram} argument that creates this user. */
    String scramArgument() {
        return MECHANISM + "=[name=" + name + ",password=" + password + "]";
    }
}
