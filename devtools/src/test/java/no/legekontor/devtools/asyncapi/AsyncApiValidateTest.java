package no.legekontor.devtools.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validates the committed AsyncAPI document ({@code asyncapi/portal-events.yaml}) with the AsyncAPI
 * CLI: no errors allowed. Needs Node.js 20.19+ and npx, as OpenApiLintTest does; when they are
 * missing this test fails rather than skip, so CI cannot pass without validating.
 */
class AsyncApiValidateTest {

    /** The newest AsyncAPI CLI that runs on Node.js 20 (5.x and later need Node.js 24). */
    static final String ASYNCAPI_CLI = "@asyncapi/cli@4.1.1";

    /** The first run downloads the CLI into npm's cache (about two minutes); later runs take seconds. */
    private static final long TIMEOUT_SECONDS = 400;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void committedAsyncApiDocumentIsValid() throws Exception {
        List<String> command = List.of("npx", "--yes", ASYNCAPI_CLI, "validate", AsyncApiDocument.COMMITTED,
                "--fail-severity=error");
        Path output = Files.createTempFile("asyncapi-validate", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("NO_COLOR", "1");
        // The CLI sends usage metrics unless its settings file says no: give it one that does.
        Path settings = Path.of("target", "asyncapi-analytics.json").toAbsolutePath();
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"analyticsEnabled\":\"false\",\"infoMessageShown\":\"true\",\"userID\":\"build\"}");
        builder.environment().put("ASYNCAPI_METRICS_CONFIG_PATH", settings.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run npx (Node.js 20.19+ with npm must be installed to validate the "
                    + "AsyncAPI document): " + e.getMessage(), e);
        }
        boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String report = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        assertThat(done).as("asyncapi validate finished within %d s:%n%s", TIMEOUT_SECONDS, report).isTrue();
        assertThat(process.exitValue()).as("asyncapi validate exit status (%s):%n%s", String.join(" ", command),
                report).isZero();
        assertThat(report).as("asyncapi validate output").contains("is valid");
    }
}
