package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints every committed OpenAPI document ({@code openapi/*.yaml}) with Redocly CLI under the
 * recommended rules and the repository's {@code redocly.yaml}: no errors allowed (warnings are).
 * Needs Node.js 20.19+ and npx; when they are missing this test fails rather than skip, so CI
 * cannot pass without linting. The services' OpenApiContractTest keeps the documents equal to the code.
 */
class OpenApiLintTest {

    /** The newest Redocly CLI that runs on Node.js 20 (2.x needs 20.19+ or 22.12+). */
    static final String REDOCLY_CLI = "@redocly/cli@2.77.0";

    /** The first run downloads the CLI into npm's cache; later runs take a few seconds. */
    private static final long TIMEOUT_SECONDS = 300;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void committedOpenApiDocumentsHaveNoLintErrors() throws Exception {
        List<String> command = new ArrayList<>(List.of("npx", "--yes", REDOCLY_CLI, "lint", "--format=stylish"));
        command.addAll(documents());
        Path output = Files.createTempFile("redocly-lint", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run npx (Node.js 20.19+ with npm must be installed to lint the "
                    + "OpenAPI documents): " + e.getMessage(), e);
        }
        boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String report = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        assertThat(done).as("redocly lint finished within %d s:%n%s", TIMEOUT_SECONDS, report).isTrue();
        assertThat(process.exitValue()).as("redocly lint exit status (%s):%n%s", String.join(" ", command), report)
                .isZero();
        assertThat(report).as("redocly lint output").doesNotContainPattern("\\d+ errors?");
    }

    private static List<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("openapi"))) {
            List<String> documents = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .map(f -> ROOT.relativize(f).toString()).sorted().toList();
            assertThat(documents).as("OpenAPI documents in %s", ROOT.resolve("openapi")).isNotEmpty();
            return documents;
        }
    }
}
