package no.legekontor.devtools;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a {@link KafkaBroker} process is run: the broker's jars (from the {@code kafka-broker} module)
 * and the JVM command line of the broker and of its storage tool.
 */
final class KafkaBrokerCommand {

    /**
     * Broker heap. Measured here: 45 MB live after 300 MB were produced at 30 MB/s, 240 MB resident;
     * a start takes 2.5 s on idle cores, 5 s on busy ones (plus 2 s to format on the first start).
     */
    static final String BROKER_HEAP = "-Xmx256m";

    private final Path libDir;

    KafkaBrokerCommand(Path libDir) {
        this.libDir = libDir.toAbsolutePath().normalize();
    }

    /**
     * The broker's jar directory: the system property {@value KafkaBroker#LIB_DIR_PROPERTY}, else
     * {@code kafka-broker/target/lib} in the first of the working directory and its parents that has it.
     */
    static Path defaultLibDir() {
        String configured = System.getProperty(KafkaBroker.LIB_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path candidate = Paths.get("").toAbsolutePath();
        while (candidate != null) {
            Path lib = candidate.resolve("kafka-broker/target/lib");
            if (Files.isDirectory(lib)) {
                return lib;
            }
            candidate = candidate.getParent();
        }
        return Paths.get("kafka-broker/target/lib").toAbsolutePath();
    }

    /** Fails, saying how to get them, when the broker's jars are not there. */
    void requireJars() {
        boolean present;
        try (Stream<Path> jars = Files.isDirectory(libDir) ? Files.list(libDir) : Stream.empty()) {
            present = jars.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            throw new IllegalStateException("No Kafka broker jars (kafka_2.13-*.jar) in " + libDir
                    + ". Build them with: ./mvnw -B -q -pl kafka-broker generate-resources"
                    + " (or set -D" + KafkaBroker.LIB_DIR_PROPERTY + "=<dir>)");
        }
    }

    /** {@code java <broker JVM options> -cp <jars> mainClass args...}, with this JVM's java. */
    List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                BROKER_HEAP,
                "-XX:+UseSerialGC",
                // C1 only: starts in about half the time on 2 busy cores; a dev broker needs no peak throughput
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp", libDir + File.separator + "*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
