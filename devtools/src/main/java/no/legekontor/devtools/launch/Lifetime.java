package no.legekontor.devtools.launch;

/** How long a process the launcher starts lives. */
public enum Lifetime {

    /**
     * Stopped when the JVM that started it exits (a shutdown hook), so that a test run or the bench
     * leaves nothing behind.
     */
    TIED_TO_THIS_JVM,

    /**
     * Outlives the JVM that started it ({@code ./portal up}): its own session, no hook; a later JVM
     * finds it by its pid file and the marker in its command line ({@code ./portal status}, {@code down}).
     */
    OUTLIVES_THIS_JVM
}
