package no.legekontor.devtools;

/**
 * A setting of the tools (the tests' PostgreSQL server, the bench's database suffix): a system
 * property of that name, else an environment variable, else the fallback; blank counts as unset.
 */
public final class Setting {

    private Setting() {
    }

    public static String of(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
