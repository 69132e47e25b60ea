package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.legekontor.portal.config.PortalConfig;

/**
 * Spots text that looks urgent (R9). It never refuses anything: it only decides whether the patient
 * is told to call and the clinic sees the request first. Phrases are matched on word boundaries so
 * that "slag" does not fire on "forslag".
 */
@ApplicationScoped
public class RedFlags {

    private final List<String> phrases;

    @Inject
    public RedFlags(PortalConfig config) {
        this.phrases = config.redFlagsFile().map(RedFlags::readFile).orElseGet(RedFlags::readBuiltIn);
    }

    /** Whether any of the texts contains a red-flag phrase. */
    public boolean anyIn(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String normalised = " " + normalise(text) + " ";
            for (String phrase : phrases) {
                if (normalised.contains(" " + phrase + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, punctuation to spaces, runs of spaces to one. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static List<String> parse(String content) {
        return content.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(RedFlags::normalise)
                .distinct()
                .toList();
    }

    private static List<String> readFile(String path) {
        try {
            return parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read portal.red-flags-file " + path, e);
        }
    }

    private static List<String> readBuiltIn() {
        try (InputStream in = RedFlags.class.getClassLoader().getResourceAsStream("red-flags.txt")) {
            if (in == null) {
                throw new IllegalStateException("red-flags.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
