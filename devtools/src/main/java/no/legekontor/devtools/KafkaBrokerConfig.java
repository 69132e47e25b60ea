package no.legekontor.devtools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.common.Uuid;

/**
 * A {@link KafkaBroker}'s configuration and storage in its data directory: {@code server.properties},
 * written on every start (the ports may be new), and the KRaft storage under {@code logs/},
 * formatted on the first start only.
 */
final class KafkaBrokerConfig {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;

    KafkaBrokerConfig(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path file() {
        return dataDir.resolve("server.properties");
    }

    Path logDirs() {
        return dataDir.resolve("logs");
    }

    /** Writes {@code server.properties} for a one-node KRaft broker on these ports; returns the file. */
    Path write(int port, int controllerPort) throws IOException {
        String config = String.join("\n",
                "# Written by no.legekontor.devtools.KafkaBroker on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                // Clients log in with SCRAM (the users are created when the storage is formatted);
                // the controller listener with PLAIN, as KRaft cannot check SCRAM there (its
                // credentials live in the metadata the controller serves). Only the super user
                // reaches it.
                "sasl.enabled.mechanisms=" + KafkaUser.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaUser.MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + KafkaUser.ADMIN.jaasConfig(),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + controllerJaas(),
                // Everything not granted is denied (KafkaBrokerAcls grants the services theirs).
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=" + KafkaUser.ADMIN.principal(),
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + logDirs(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                // fewer than the default 50 partitions: the first consumer group joins faster
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.num.partitions=5",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                // a small broker: 2 cores, shared with the services and their tests
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "num.recovery.threads.per.data.dir=1",
                // the log cleaner (compacted topics) allocates this up front: 128 MB of heap by default
                "log.cleaner.dedupe.buffer.size=16777216",
                "");
        Files.writeString(file(), config, StandardCharsets.UTF_8);
        return file();
    }

    /**
     * Formats the storage with a new cluster id and the SCRAM users ({@link KafkaUser#ALL}) unless an
     * earlier start did; the tool's output goes to {@code log}.
     *
     * @throws IllegalStateException when the storage was formatted before the broker required SASL
     *                               (it has no users): it must be deleted
     */
    void formatIfNew(KafkaBrokerCommand command, Path log, Supplier<String> logTail) throws IOException {
        if (Files.exists(logDirs().resolve("meta.properties"))) {
            if (!Files.exists(usersMarker())) {
                throw new IllegalStateException("The Kafka data in " + dataDir + " predates the broker's SASL users:"
                        + " delete it (./portal reset does, for ./portal up) and start again");
            }
            return;
        }
        List<String> arguments = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(),
                "-c", file().toString(), "--standalone"));
        for (KafkaUser user : KafkaUser.ALL) {
            arguments.add("--add-scram");
            arguments.add(user.scramArgument());
        }
        Process formatter = new ProcessBuilder(command.java("kafka.tools.StorageTool", arguments.toArray(String[]::new)))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                terminate(formatter.toHandle());
                throw new IllegalStateException("Formatting the Kafka storage took more than "
                        + FORMAT_TIMEOUT.toSeconds() + " s" + logTail.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate(formatter.toHandle());
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed (exit "
                    + formatter.exitValue() + ")" + logTail.get());
        }
        Files.writeString(usersMarker(), "formatted with the SCRAM users of no.legekontor.devtools.KafkaUser\n",
                StandardCharsets.UTF_8);
    }

    /** Written once the storage has been formatted with the users. */
    private Path usersMarker() {
        return dataDir.resolve("scram-users");
    }

    /** The controller listener's PLAIN login: the super user, and the only user it knows. */
    private static String controllerJaas() {
        KafkaUser admin = KafkaUser.ADMIN;
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin.name()
                + "\" password=\"" + admin.password() + "\" user_" + admin.name() + "=\"" + admin.password() + "\";";
    }

    /** SIGTERM, then SIGKILL when the tool takes longer than 5 s to go. */
    private static void terminate(ProcessHandle running) {
        running.destroy();
        try {
            running.onExit().get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            running.destroyForcibly();
            try {
                running.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException | InterruptedException ignored) {
                // nothing more to do than SIGKILL
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }
}
