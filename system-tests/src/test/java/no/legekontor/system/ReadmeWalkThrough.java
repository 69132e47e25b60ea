package no.legekontor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's walk-through as commands: the {@code bash} blocks of its "Walk-through with curl"
 * section, split into logical commands (lines joined by a trailing backslash), each with what its
 * trailing comment promises: {@code # 201}, {@code # 403 full-access-required}, or a part of the
 * answer such as {@code "status":"ANSWERED"}.
 */
final class ReadmeWalkThrough {

    private static final Pattern STATUS = Pattern.compile("\\s#\\s*([1-5][0-9]{2})\\b\\s*([a-z]+(?:-[a-z]+)+)?");
    private static final Pattern FRAGMENT = Pattern.compile("\"[A-Za-z]+\":(\"[^\"]*\"|[0-9a-z.]+)");

    /**
     * One command and its promise.
     *
     * @param text     the lines as the README has them
     * @param status   the HTTP status promised, or null when the comment promises none
     * @param code     the problem code promised, or null
     * @param includes parts of the answer promised
     */
    record Command(String text, Integer status, String code, List<String> includes) {
    }

    private ReadmeWalkThrough() {
    }

    static List<Command> read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        List<Command> commands = new ArrayList<>();
        boolean inSection = false;
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Walk-through with curl");
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.startsWith("```")) {
                inBlock = line.equals("```bash");
                continue;
            }
            if (!inBlock || (pending.isEmpty() && (line.isBlank() || line.strip().startsWith("#")))) {
                continue;
            }
            pending.append(line).append('\n');
            if (!line.endsWith("\\")) {
                commands.add(command(pending.toString().stripTrailing(), line));
                pending.setLength(0);
            }
        }
        return commands;
    }

    private static Command command(String text, String lastLine) {
        Matcher status = STATUS.matcher(lastLine);
        if (!status.find()) {
            return new Command(text, null, null, List.of());
        }
        String comment = lastLine.substring(status.start());
        List<String> includes = new ArrayList<>();
        Matcher fragment = FRAGMENT.matcher(comment);
        while (fragment.find()) {
            includes.add(fragment.group());
        }
        return new Command(text, Integer.valueOf(status.group(1)), status.group(2), includes);
    }
}
