package no.legekontor.devtools;

/**
 * The two test tiers. {@code ./portal test} runs every test; {@code ./portal test --fast} runs the
 * unit tests and the contract checks only, with no broker and no database: it leaves out every
 * {@code @QuarkusTest} class and every class tagged {@value #STACK} before JUnit loads them, and
 * sets the system property {@value #PROPERTY} to {@value #FAST}, under which the tools refuse to
 * start a broker or reach a database. A test that needs them and is in neither group fails there
 * with a message that says so, instead of slowing the fast tier down.
 */
public final class TestTier {

    /** The JUnit tag of a test class that needs the broker or PostgreSQL without being a {@code @QuarkusTest}. */
    public static final String STACK = "stack";
    /** The system property naming the tier of the run. */
    public static final String PROPERTY = "portal.test.tier";
    /** Its value in {@code ./portal test --fast}. */
    public static final String FAST = "fast";

    private TestTier() {
    }

    /** Throws in the fast tier: {@code what} (a Kafka broker, a PostgreSQL database) is not part of it. */
    static void requireStack(String what) {
        if (FAST.equals(System.getProperty(PROPERTY))) {
            throw new IllegalStateException("./portal test --fast uses no " + what + ": a test that needs one is a"
                    + " @QuarkusTest or is tagged @Tag(\"" + STACK + "\"), and runs in ./portal test");
        }
    }
}
