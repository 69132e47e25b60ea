package no.legekontor.devtools.launch;

/**
 * Our two services: the module that packages each, the database it owns, and the ports
 * {@code ./portal up} gives its first replica (health and metrics answer on the management port only).
 */
public enum Service {

    PORTAL_API("portal-api", "portal", 8080, 9080),
    INBOX_SERVICE("inbox-service", "inbox", 8081, 9081);

    private final String module;
    private final String database;
    private final int standardPort;
    private final int standardManagementPort;

    Service(String module, String database, int standardPort, int standardManagementPort) {
        this.module = module;
        this.database = database;
        this.standardPort = standardPort;
        this.standardManagementPort = standardManagementPort;
    }

    /** The Maven module, which is also the service's name (and its consumer group). */
    public String module() {
        return module;
    }

    /** The name of its database on a developer's machine. */
    public String database() {
        return database;
    }

    public int standardPort() {
        return standardPort;
    }

    public int standardManagementPort() {
        return standardManagementPort;
    }

    /** {@code portal-api} for the first replica, {@code portal-api-2} for the second, and so on. */
    public String replicaName(int replica) {
        return replica == 1 ? module : module + "-" + replica;
    }
}
