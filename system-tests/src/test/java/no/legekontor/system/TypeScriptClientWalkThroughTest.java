package no.legekontor.system;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client of the patient API (portal-api-client-ts: types generated from the committed
 * openapi/portal-api.yaml, compiled with tsc strict) as an app team uses it: its walk script takes
 * the README walk-through's patient steps against the running system with {@code node}, while the GP
 * answers in the inbox as the README's next block does. The script checks each answer itself and
 * exits 0 only when every step answered as the README says; this test reads its exit status and its
 * lines. Needs Node.js 20 on the PATH, as the build does: without it this test fails, not skips.
 */
@Tag("stack")
class TypeScriptClientWalkThroughTest {

    private static final Path WALK = Path.of("..").toAbsolutePath().normalize()
            .resolve("portal-api-client-ts/target/dist/src/walk.js");
    private static final Pattern SUBMITTED = Pattern.compile("submitted ([0-9a-f-]{36}) SUBMITTED, answer due by \\S+");
    private static final String ANSWER = "Dette ser ut som eksem. Smør med fuktighetskrem morgen og kveld.";
    private static final long PATIENCE_SECONDS = 90;

    private Process node;

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.destroyForcibly();
        }
    }

    @Test
    void walkScriptTakesThePatientsStepsThroughTheGeneratedClientAndReadsTheGpsAnswer() throws Exception {
        Lines lines = walk(DevTokens.patient(KARI));

        String conversationId = lines.await(SUBMITTED).group(1);
        String itemId = awaitInboxItem(Demo.liseBergToken(), conversationId);
        inbox(Demo.liseBergToken()).body(Map.of("body", ANSWER)).post("/api/v1/inbox/" + itemId + "/replies")
                .then().statusCode(201);

        assertThat(lines.exitStatus()).as("exit status of the walk script:%n%s", lines.text()).isZero();
        assertThat(lines.text()).contains(
                "reply deadline: received 2026-12-05T10:15:00+01:00, answered by 2026-12-11T23:59:59+01:00",
                "me: Kari Nordmann, FULL access, GP Lise Berg at Demo Legesenter",
                "fee: 224 NOK",
                conversationId + " among them",
                "answered by Lise Berg: " + ANSWER,
                "notified (SMS, EMAIL): Du har fått svar fra Demo Legesenter",
                "E_CONSULTATION 224 NOK",
                "done");
    }

    @Test
    void walkScriptStopsWithTheStepAndProblemCodeWhenTheApiRefusesOne() throws Exception {
        // Ola has BASIS access: he reads (the deadline, /me, the fee) but cannot send (R2).
        Lines lines = walk(DevTokens.patient(OLA));

        assertThat(lines.exitStatus()).as("exit status of the walk script:%n%s", lines.text()).isEqualTo(1);
        assertThat(lines.text()).contains("fee: 224 NOK")
                .contains("failed: submit e-consultation: HTTP 403 full-access-required (expected 201)")
                .doesNotContain("submitted");
    }

    private Lines walk(String patientToken) throws IOException {
        assertThat(WALK).as("the compiled walk script (the portal-api-client-ts module builds it)").exists();
        ProcessBuilder builder = new ProcessBuilder("node", WALK.toString()).redirectErrorStream(true);
        builder.environment().put("PORTAL", RunningSystem.get().portal.baseUrl());
        builder.environment().put("PATIENT_TOKEN", patientToken);
        builder.environment().put("REPLY_WAIT_SECONDS", String.valueOf(PATIENCE_SECONDS));
        try {
            node = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run node (Node.js 20 must be installed, as for the build): "
                    + e.getMessage(), e);
        }
        return new Lines(node);
    }

    /** What the script prints, line by line as it comes, and all of it once it has ended. */
    private static final class Lines {

        /** Put after the last line (compared by identity). */
        private static final String END = new String("end of output");

        private final Process process;
        private final Thread reader;
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final StringBuffer text = new StringBuffer();

        Lines(Process process) {
            this.process = process;
            reader = new Thread(this::pump, "walk-script-output");
            reader.setDaemon(true);
            reader.start();
        }

        /**
         * Its exit status, once it has ended and all it printed is read. Its own wait for the answer
         * is bounded; this bound only keeps a hung process from hanging the build.
         */
        int exitStatus() throws InterruptedException {
            assertThat(process.waitFor(PATIENCE_SECONDS * 2, TimeUnit.SECONDS)).as("the walk script ended:%n%s", text)
                    .isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            return process.exitValue();
        }

        /** The first line from now on that matches, within the patience. */
        Matcher await(Pattern pattern) throws InterruptedException {
            while (true) {
                String line = queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                if (line == null || line == END) {
                    throw new AssertionError("No line like " + pattern + (line == null ? " within "
                            + PATIENCE_SECONDS + " s" : " before the script ended") + ":\n" + text);
                }
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
        }

        String text() {
            return text.toString();
        }

        private void pump() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    text.append(line).append('\n');
                    queue.add(line);
                }
            } catch (IOException e) {
                text.append("(output unreadable: ").append(e.getMessage()).append(")\n");
            }
            queue.add(END);
        }
    }
}
