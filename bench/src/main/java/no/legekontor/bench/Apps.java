package no.legekontor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.legekontor.devtools.Directories;

/**
 * Copies of the services' packages for the run: Quarkus's class loader reopens its jars while the
 * service runs, so a build of the checkout during a run (someone's ./portal up) would pull the jars
 * from under it and hang it.
 */
final class Apps {

    private Apps() {
    }

    /** Copies {@code <root>/<module>/target/quarkus-app} to {@code <appsDir>/<module>} and returns the copy. */
    static Path snapshot(Path root, String module, Path appsDir) {
        Path packaged = root.resolve(module).resolve("target/quarkus-app");
        if (!Files.isRegularFile(packaged.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(packaged.resolve("quarkus-run.jar") + " is missing: ./portal build");
        }
        return copy(packaged, appsDir.resolve(module));
    }

    private static Path copy(Path from, Path to) {
        try {
            Directories.deleteRecursively(to);
            try (var files = Files.walk(from)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        // Timestamps too: the JVM checks them before it uses the AppCDS archive.
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from, e);
        }
    }


    /** Sleeps, for the samplers and pollers of the run. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
