package no.legekontor.devtools.asyncapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of shared-model's event types, read from their sources, so that the AsyncAPI
 * document describes each type and field in the words of the record itself: the type's first
 * paragraph, and each component's {@code @param}.
 */
final class RecordDocs {

    /** A Javadoc comment that does not run past its own end. */
    private static final String JAVADOC = "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*";
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*\\*\\s*@\\w+|$)",
            Pattern.DOTALL);

    private final Path sources;
    private final Map<Class<?>, String> javadocs = new HashMap<>();

    /** @param sources shared-model's {@code src/main/java} */
    RecordDocs(Path sources) {
        this.sources = sources;
    }

    /** The type's description: its Javadoc's text before the first tag, or null. */
    String type(Class<?> type) {
        String doc = javadoc(type);
        if (doc == null) {
            return null;
        }
        int tag = doc.indexOf("@param");
        return text(tag < 0 ? doc : doc.substring(0, tag));
    }

    /** The record component's description: its {@code @param}, or null. */
    String component(Class<?> type, String name) {
        String doc = javadoc(type);
        if (doc == null) {
            return null;
        }
        Matcher param = PARAM.matcher(doc);
        while (param.find()) {
            if (param.group(1).equals(name)) {
                return text(param.group(2));
            }
        }
        return null;
    }

    private String javadoc(Class<?> type) {
        return javadocs.computeIfAbsent(type, t -> {
            Class<?> top = t;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            Path file = sources.resolve(top.getName().replace('.', '/') + ".java");
            String source;
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("The AsyncAPI document describes the events from their sources: "
                        + file + " is not readable", e);
            }
            Matcher declaration = Pattern.compile(JAVADOC + "(?:(?:public|static|final|sealed)\\s+)*"
                    + "(?:record|enum|class|interface)\\s+" + t.getSimpleName() + "\\b", Pattern.DOTALL)
                    .matcher(source);
            return declaration.find() ? declaration.group(1) : null;
        });
    }

    /**
     * The comment's words: no leading asterisks, {@code x} and {@link X#y} as x and X.y, one space
     * between words.
     */
    private static String text(String comment) {
        String text = comment.replaceAll("(?m)^\\s*\\*\\s?", " ")
                .replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
                .replaceAll("(\\w)#(\\w)", "$1.$2")
                .replaceAll("</?p>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
