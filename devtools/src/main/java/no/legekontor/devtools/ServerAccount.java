package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The unprivileged account the PostgreSQL server runs as when this JVM runs as root: PostgreSQL
 * refuses to run as root (CI and this project's machines run everything as root).
 *
 * <p>Why {@code nobody} and not an account of our own: every Linux has it, so nothing is added to
 * the machine's user database; the server's files under the working tree are owned by it, which
 * only root and that account can change. The server is started through {@code setpriv} (util-linux),
 * which changes user and group and then <em>executes</em> the program: the pid the launcher keeps is
 * the postmaster's own, as without it (where {@code runuser} or {@code su} would stay its parent).
 */
record ServerAccount(String name, int uid, int gid) {

    static final String NAME = "nobody";
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    /** The account to switch to: none unless this JVM runs as root. */
    static Optional<ServerAccount> forThisProcess() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        if (!Files.isExecutable(SETPRIV)) {
            throw new IllegalStateException("PostgreSQL refuses to run as root, and " + SETPRIV
                    + " (util-linux) is missing to run it as user " + NAME + ". Install util-linux, run as"
                    + " another user, or point TEST_PG_HOST / TEST_PG_PORT, resp. PGHOST / PGPORT, at a server.");
        }
        return Optional.of(new ServerAccount(NAME, id("-u"), id("-g")));
    }

    /** What comes before a program's command line to run it as this account. */
    List<String> commandPrefix() {
        return List.of(SETPRIV.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
    }

    /** Gives {@code path} (an empty directory: initdb fills it as this account) to this account. */
    void own(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", uid);
        Files.setAttribute(path, "unix:gid", gid);
    }

    /**
     * Whether this account may reach {@code path}: every directory above it lets others through.
     * A checkout under root's home ({@code /root}, mode 700) does not, for example.
     */
    boolean canReach(Path path) {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static int id(String option) {
        try {
            Process id = new ProcessBuilder("id", option, NAME).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!id.waitFor(10, TimeUnit.SECONDS) || id.exitValue() != 0) {
                throw new IllegalStateException("No user " + NAME + " to run PostgreSQL as (PostgreSQL refuses"
                        + " root): " + out);
            }
            return Integer.parseInt(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look up user " + NAME, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking up user " + NAME, e);
        }
    }
}
