package no.legekontor.portal.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Triggers {@link ProxyAccessWarnings} every day at {@code portal.notifications.proxy-access-warning-cron}
 * (Oslo time). Every replica triggers it; the run itself makes sure the day's work is done once.
 */
@ApplicationScoped
public class ProxyAccessWarningJob {

    @Inject
    ProxyAccessWarnings warnings;

    @Scheduled(identity = ProxyAccessWarnings.JOB, cron = "${portal.notifications.proxy-access-warning-cron:0 0 7 * * ?}",
            timeZone = "Europe/Oslo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        warnings.run();
    }
}
