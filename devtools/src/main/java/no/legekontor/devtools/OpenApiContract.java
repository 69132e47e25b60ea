package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a service's committed OpenAPI document ({@code openapi/<service>.yaml}) is what its
 * code serves. Clinic systems integrate against the committed file, so a change to the API must
 * change the file in the same commit; the build rewrites it ({@code ./portal build}).
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiContract() {
    }

    /**
     * @param service the module name, e.g. {@code portal-api}
     * @param served  the document the running service serves ({@code /q/openapi?format=yaml})
     * @throws AssertionError when they differ; the served document is then in
     *                        {@code target/openapi-served.yaml} for a diff
     */
    public static void assertCommittedMatches(String service, String served) {
        Path committed = Path.of("..", "openapi", service + ".yaml");
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "openapi-served.yaml"), served);
            if (!Files.exists(committed)) {
                throw new AssertionError(committed + " is not committed: run ./portal build and commit it");
            }
            // Compared as documents, not text: the generator's key order differs between build and runtime.
            JsonNode expected = YAML.readTree(Files.readString(committed));
            if (!expected.equals(YAML.readTree(served))) {
                throw new AssertionError(committed + " is out of date: run ./portal build and commit it"
                        + " (diff " + committed + " target/openapi-served.yaml)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
