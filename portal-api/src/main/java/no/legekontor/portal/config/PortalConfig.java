package no.legekontor.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import no.legekontor.shared.calendar.BusinessCalendar;

/** Product settings of the patient side. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** Business days within which the clinic promises an answer (docs/rules.md R8; shared-model's default). */
    @WithDefault("" + BusinessCalendar.DEFAULT_REPLY_BUSINESS_DAYS)
    int replyBusinessDays();

    /**
     * A file of red-flag phrases, one per line ({@code #} starts a comment), replacing the built-in
     * list {@code red-flags.txt}. Text containing one is still accepted but flagged urgent (R9).
     */
    Optional<String> redFlagsFile();

    /** Months a confirmation of contact details and notification settings stays valid (R3). */
    @WithDefault("18")
    int profileValidMonths();

    /** Age at which a guardian's access to a child's account ends (R11). */
    @WithDefault("16")
    int proxyAccessUntilAge();

    /** Days after a sick note's last day during which it can still be extended online (R10). */
    @WithDefault("7")
    int sickNoteExtensionGraceDays();

    /** Days after issue that an invoice is due (R12). */
    @WithDefault("14")
    int invoiceDueDays();

    /** The version of the terms a patient consents to when choosing full access (R2). */
    @WithDefault("2026-01")
    String consentTermsVersion();

    /** Load the demo people of docs/rules.md at start-up (dev and test profiles only). */
    @WithDefault("false")
    boolean demoData();

    /** Notifications by SMS and e-mail (R13). */
    Notifications notifications();

    /** Fair use (R16): limits a patient meets as rules. */
    Limits limits();

    /** Fair use (R16). */
    interface Limits {
        /** Future appointments one patient may hold booked at once; one more is 409 booking-limit. */
        @WithDefault("2")
        int futureBookings();

        /** E-consultations one person may send per day (Oslo); one more is 429 too-many-requests. */
        @WithDefault("3")
        int eConsultationsPerDay();

        /** Messages to the office one person may send per day (Oslo); one more is 429 too-many-requests. */
        @WithDefault("5")
        int officeMessagesPerDay();
    }

    /** Notifications by SMS and e-mail (R13). */
    interface Notifications {
        /**
         * The web portal's address: the link a notification sends is this followed by the page,
         * e.g. {@code https://portal.legekontor.no/conversations/<id>}.
         */
        @WithDefault("https://portal.legekontor.no")
        String portalUrl();

        /**
         * When the daily job warns guardians whose access to a child ends soon (a Quartz cron
         * expression, Europe/Oslo; {@code off} disables it on this replica). Each replica may run it:
         * one run per day does the work.
         */
        @WithDefault("0 0 7 * * ?")
        String proxyAccessWarningCron();

        /** Days before a child turns 16 (R11) from which its guardians are warned that their access ends. */
        @WithDefault("30")
        int proxyAccessWarningDays();

        /** The live stream of a person's notifications ({@code GET /api/v1/notifications/stream}). */
        Stream stream();
    }

    /** The live stream of a person's notifications (server-sent events). */
    interface Stream {
        /** How often an open stream sends a comment line, so that proxies and load balancers keep it open. */
        @WithDefault("15s")
        Duration heartbeat();

        /**
         * How often each replica's open streams read their notifications again whether woken or not:
         * heals a wake-up that was missed (the listening connection lost while a notification committed).
         */
        @WithDefault("60s")
        Duration rereadEvery();

        /**
         * The longest a stream stays open; it ends earlier when the caller's token expires. The app
         * reconnects with Last-Event-ID, and the access rules (R1-R3, R11) are checked again.
         */
        @WithDefault("10m")
        Duration maxAge();
    }
}
