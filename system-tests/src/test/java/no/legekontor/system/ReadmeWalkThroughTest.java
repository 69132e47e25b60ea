package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's walk-through, run as a newcomer would paste it: every block in one shell, from the
 * repository's root, twice in a row: first on a freshly started system, then again on what the
 * first run left, so it can be run again as it stands. Each command must succeed, and each promise
 * in its comment (status, problem code, part of the answer) must hold. Nothing is added: the
 * README's own {@code curl} wrapper prints the status after each answer, which is what the test reads.
 * <p>
 * Fresh without a system of its own: it runs first ({@code @Order(1)}: devtools' OrderThenName)
 * and starts the system that the later tests of this module then share, so nothing has touched the
 * demo data before it.
 */
@Order(1)
@Tag("stack")
@ExtendWith(PublishedEventsMatchTheDocument.class)
class ReadmeWalkThroughTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String DONE = "__walk_through_done__";

    private Process shell;

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @AfterEach
    void stopShell() {
        if (shell != null) {
            shell.destroyForcibly();
        }
    }

    @Test
    void everyCommandOfTheReadmeWalkThroughDoesWhatItsCommentSaysTwiceInARow() throws Exception {
        List<ReadmeWalkThrough.Command> commands = ReadmeWalkThrough.read(ROOT.resolve("README.md"));
        assertThat(commands).as("commands in the README walk-through").hasSizeGreaterThan(30);
        assertThat(commands).filteredOn(c -> c.status() != null).as("commands with a promised status")
                .hasSizeGreaterThan(20);

        walkThrough(commands, "the first run");
        walkThrough(commands, "the second run, on what the first left");
    }

    private void walkThrough(List<ReadmeWalkThrough.Command> commands, String run) throws Exception {
        RunningSystem system = RunningSystem.get();
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc").directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PORTAL", system.portal.baseUrl());
        builder.environment().put("INBOX", system.inbox.baseUrl());
        builder.environment().put("PORTAL_NO_BUILD", "1");
        shell = builder.start();
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(shell, output), "readme-shell-output");
        reader.setDaemon(true);
        reader.start();
        Writer input = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);

        for (ReadmeWalkThrough.Command command : commands) {
            Answer answer = run(input, output, command.text());
            assertThat(answer.exitStatus()).as("%s: exit status of\n%s\n%s", run, command.text(), answer.text())
                    .isZero();
            if (command.status() != null) {
                assertThat(answer.text()).as("%s: answer of\n%s", run, command.text())
                        .contains("HTTP " + command.status());
            }
            if (command.code() != null) {
                assertThat(answer.text()).as("%s: answer of\n%s", run, command.text())
                        .contains("/" + command.code() + "\"");
            }
            for (String part : command.includes()) {
                assertThat(answer.text()).as("%s: answer of\n%s", run, command.text()).contains(part);
            }
        }
        shell.destroyForcibly();
        shell = null;
    }

    private record Answer(String text, int exitStatus) {
    }

    private Answer run(Writer input, BlockingQueue<String> output, String command) throws IOException,
            InterruptedException {
        input.write(command + "\necho \"" + DONE + " $?\"\n");
        input.flush();
        StringBuilder text = new StringBuilder();
        while (true) {
            String line = output.poll(90, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("No end of\n" + command + "\nwithin 90 s; so far:\n" + text);
            }
            if (line.startsWith(DONE + " ")) {
                return new Answer(text.toString(), Integer.parseInt(line.substring(DONE.length() + 1).strip()));
            }
            text.append(line).append('\n');
        }
    }

    private static void pump(Process process, BlockingQueue<String> output) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                // An answer without a final newline runs into the marker: split it off.
                int marker = line.indexOf(DONE + " ");
                if (marker > 0) {
                    output.add(line.substring(0, marker));
                    line = line.substring(marker);
                }
                output.add(line);
            }
        } catch (IOException e) {
            output.add(DONE + " 255");
        }
    }
}
