package no.legekontor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One line about the machine the figures come from: they mean nothing without it. */
final class Machine {

    private Machine() {
    }

    static String describe(String jdbcUrl, String user) {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        int cores = Runtime.getRuntime().availableProcessors();
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> String.format("%.1f GiB RAM", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                .orElse("? RAM");
        String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        String pg = "PostgreSQL ?";
        try (Connection c = DataSet.connect(jdbcUrl, user); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            pg = "PostgreSQL " + rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            // leave it unknown
        }
        return String.format("%s, %d cores, %s, %s, Java %s, %s, Kafka %s (one broker)", cpu, cores, memory, os,
                System.getProperty("java.version"), pg, org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    int sep = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('=');
                    return java.util.Optional.of(line.substring(sep + 1).trim());
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
