package no.legekontor.inbox.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the deadline monitor sweeps the inbox (R8). */
@ConfigMapping(prefix = "inbox.deadline-monitor")
public interface DeadlineMonitorConfig {

    /**
     * How often this replica sweeps, e.g. {@code 30s}; {@code off} stops its sweeps (other replicas
     * still announce). Items are announced within this period of becoming due soon or overdue.
     */
    @WithDefault("30s")
    String every();

    /** Items announced per transaction; a sweep goes on until none is left. */
    @WithDefault("500")
    int batchSize();
}
