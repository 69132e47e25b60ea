package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a process's log, for the message of an error about that process (the broker,
 * PostgreSQL, a service replica that did not start).
 */
public final class LogTail {

    private LogTail() {
    }

    /** {@code lines} last lines of {@code log}, on lines of their own after a header naming the file. */
    public static String of(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "\n(no log at " + log + ")";
        }
    }
}
