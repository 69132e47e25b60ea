package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A lock file that one section at a time holds across JVMs, and across the class loaders of one JVM
 * (Quarkus loads a test resource once per test profile), where the JVM refuses a second lock on the
 * same file at once instead of waiting: that case is retried until {@code patience} runs out.
 * The operating system releases the lock of a process that dies.
 */
final class CrossProcessLock {

    /** A section that may do I/O. */
    @FunctionalInterface
    interface Section<T> {
        T run() throws IOException;
    }

    private final Path file;
    private final Duration patience;

    CrossProcessLock(Path file, Duration patience) {
        this.file = file;
        this.patience = patience;
    }

    /** Runs {@code section} holding the lock. */
    <T> T holding(Section<T> section) {
        long deadline = System.nanoTime() + patience.toNanos();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (true) {
                try (FileLock ignored = channel.lock()) {
                    return section.run();
                } catch (OverlappingFileLockException heldInThisJvm) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Waited " + patience.toSeconds() + " s for " + file,
                                heldInThisJvm);
                    }
                    pause();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the lock", e);
        }
    }
}
