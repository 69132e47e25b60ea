package no.legekontor.portal.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.GuardianAdded;
import no.legekontor.portal.account.Guardianship;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.account.ProfileConfirmation;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.account.Transfer;
import no.legekontor.portal.account.TransferRequested;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.conversation.ClinicDecided;
import no.legekontor.portal.conversation.ClinicEvents;
import no.legekontor.portal.conversation.ClinicReplied;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.NotificationRequested;
import no.legekontor.shared.event.NotificationRequested.Channel;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.time.OsloTime;

/**
 * Notifies a person (R13), in the transaction of what caused it: the notification is stored once
 * per recipient, kind and subject (an {@code insert ... on conflict do nothing} against the unique
 * key), and only a new row writes a {@code NotificationRequested} to the outbox for each channel the
 * recipient chose whose contact detail was confirmed within 18 months (R3). So a redelivered event,
 * a second replica or a second run of the daily job never notifies twice, and an unconfirmed profile
 * gets its notification listed but never sent. A new row also wakes the open streams of its recipient
 * on every replica ({@link #WAKE_UP}). {@link NotificationReads} reads them.
 *
 * <p>The recipient's lock makes two transactions that notify the same person wait for each other
 * (for the moment of the insert to the commit); two consumer batches that each notify the same two
 * people, in the opposite order, can deadlock, and PostgreSQL ends one (40P01), which the consumer
 * retries as it does every deadlock.
 *
 * <p>The recipient is whoever acts for the person whose matter it is: the person, or the guardian who
 * submitted or booked for a child while the guardian still acts for the child; otherwise the person
 * (a child who has turned 16 logs in and reads it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    static final String AGGREGATE = "notification";

    /**
     * The PostgreSQL channel that tells every replica's open streams that a recipient has a new
     * notification; the payload is the recipient's id (never a national id, nor any text). PostgreSQL
     * delivers it only once the inserting transaction commits, and not at all if it rolls back. Each
     * row is inserted under a transaction lock on its recipient, taken before the row gets its
     * position, so a recipient's positions rise in commit order and a reader that has seen position
     * n has seen every earlier one.
     */
    public static final String WAKE_UP = "notification_added";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PortalConfig config;

    @Inject
    ProfileConfirmation profiles;

    @Inject
    ProxyAccess proxies;

    /** The clinic replied in a conversation of the patient's; its sender is told. */
    void replyPosted(@Observes @Priority(ClinicEvents.NOTICE) ClinicReplied reply) {
        Conversation c = reply.conversation();
        notify(Notification.Kind.REPLY, reply.replyId(), c.patientId, c.submittedById, c.clinicOrg,
                NotificationTexts.answered(clinicName(c.clinicOrg)), "/conversations/" + c.id);
    }

    /** A GP decided the renewal or extension asked for in the conversation; its sender is told. */
    void decisionMade(@Observes @Priority(ClinicEvents.NOTICE) ClinicDecided decision) {
        Conversation c = decision.conversation();
        notify(Notification.Kind.DECISION, decision.decisionId(), c.patientId, c.submittedById, c.clinicOrg,
                NotificationTexts.answered(clinicName(c.clinicOrg)), "/conversations/" + c.id);
    }

    /** An appointment of {@code patientId}'s that {@code bookedById} booked. */
    public void appointmentBooked(UUID patientId, UUID bookedById, String clinicOrg, UUID appointmentId,
            Instant start) {
        notify(Notification.Kind.APPOINTMENT_BOOKED, appointmentId, patientId, bookedById, clinicOrg,
                NotificationTexts.booked(clinicName(clinicOrg), start), "/appointments");
    }

    /** The appointment was cancelled; the one who booked it is told. */
    public void appointmentCancelled(UUID patientId, UUID bookedById, String clinicOrg, UUID appointmentId,
            Instant start) {
        notify(Notification.Kind.APPOINTMENT_CANCELLED, appointmentId, patientId, bookedById, clinicOrg,
                NotificationTexts.cancelled(clinicName(clinicOrg), start), "/appointments");
    }

    /**
     * A new invoice (or receipt) for {@code patientId}. Call it in the transaction that issues the
     * invoice.
     *
     * @param actedById who sent the request or booked the appointment it is for (the conversation's
     *                  submitter, the appointment's booker): a guardian is told about a child's invoice
     */
    public void invoiceIssued(UUID patientId, UUID actedById, UUID invoiceId, String clinicOrg) {
        notify(Notification.Kind.INVOICE, invoiceId, patientId, actedById, clinicOrg,
                NotificationTexts.invoice(clinicName(clinicOrg)), "/invoices/" + invoiceId);
    }

    /** The child's clinic registered a new guardian: each other guardian who acts for the child is told (R15). */
    void guardianAdded(@Observes GuardianAdded added) {
        String text = NotificationTexts.guardianAdded(clinicName(added.clinicOrg()));
        for (Guardianship other : Guardianship.activeOf(added.childId())) {
            if (!other.guardianId.equals(added.guardianId())) {
                insert(Notification.Kind.GUARDIAN_ADDED, added.guardianshipId(), other.guardianId, added.childId(),
                        added.clinicOrg(), text, "/me");
            }
        }
    }

    /**
     * A clinic asks to take the person over (R15): the person is told, or, for a child under 16, each
     * guardian who acts for the child. The requesting clinic's name, nothing else.
     */
    void transferRequested(@Observes TransferRequested requested) {
        Transfer transfer = requested.transfer();
        Patient person = Patient.findById(transfer.patientId);
        boolean child = proxies.allowedOn(person.nationalId(), BusinessCalendar.today(clock));
        String text = NotificationTexts.transferRequested(clinicName(transfer.toClinic), child);
        if (!child) {
            insert(Notification.Kind.TRANSFER_REQUESTED, transfer.id, person.id, person.id, transfer.toClinic, text,
                    "/transfers");
            return;
        }
        for (Guardianship guardian : Guardianship.activeOf(person.id)) {
            insert(Notification.Kind.TRANSFER_REQUESTED, transfer.id, guardian.guardianId, person.id,
                    transfer.toClinic, text, "/transfers");
        }
    }

    /** A guardian's access to the child ends on {@code endsOn} (R11); see {@link ProxyAccessWarnings}. */
    boolean proxyAccessEnding(UUID guardianId, UUID childId, String clinicOrg, LocalDate endsOn) {
        return insert(Notification.Kind.PROXY_ACCESS_ENDING, childId, guardianId, childId, clinicOrg,
                NotificationTexts.proxyAccessEnding(clinicName(clinicOrg), endsOn, proxies.untilAge()),
                "/me");
    }

    private void notify(Notification.Kind kind, UUID subjectId, UUID aboutId, UUID actedById, String clinicOrg,
            String text, String link) {
        insert(kind, subjectId, recipient(aboutId, actedById), aboutId, clinicOrg, text, link);
    }

    /** Stores the notification unless it exists, and if new, its events; true when new. */
    private boolean insert(Notification.Kind kind, UUID subjectId, UUID recipientId, UUID aboutId, String clinicOrg,
            String text, String link) {
        Patient recipient = Patient.findById(recipientId);
        Instant now = clock.instant();
        boolean confirmed = profiles.validAt(recipient.profileConfirmedAt, now);
        boolean sms = confirmed && recipient.notifyBySms && present(recipient.mobile);
        boolean email = confirmed && recipient.notifyByEmail && present(recipient.email);
        UUID id = UUID.randomUUID();
        // The recipient's lock (held to the commit) comes before the row's position: see WAKE_UP.
        int inserted = NativeSql.write(em, """
                insert into notification (id, recipient_id, about_id, kind, subject_id, clinic_org, text, link,
                                          sent_by_sms, sent_by_email, created_at)
                select ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11
                from pg_advisory_xact_lock(hashtextextended('notification ' || ?2, 0))
                on conflict (recipient_id, kind, subject_id) do nothing""", "notification")
                .setParameter(1, id)
                .setParameter(2, recipientId)
                .setParameter(3, aboutId)
                .setParameter(4, kind.name())
                .setParameter(5, subjectId)
                .setParameter(6, clinicOrg)
                .setParameter(7, text)
                .setParameter(8, link)
                .setParameter(9, sms)
                .setParameter(10, email)
                .setParameter(11, now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        em.createNativeQuery("select 1 from pg_notify(?1, cast(?2 as text))")
                .setParameter(1, WAKE_UP)
                .setParameter(2, recipientId)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        if (sms) {
            publish(id, Channel.SMS, recipient.mobile, text, link, clinicOrg, now);
        }
        if (email) {
            publish(id, Channel.EMAIL, recipient.email, text, link, clinicOrg, now);
        }
        return true;
    }

    private void publish(UUID id, Channel channel, String address, String text, String link, String clinicOrg,
            Instant now) {
        NotificationRequested event = new NotificationRequested(id, channel, address.strip(), text,
                portalUrl() + link, OsloTime.of(now));
        outbox.add(Topics.PORTAL_NOTIFICATIONS, AGGREGATE, EventEnvelope.of(event, clinicOrg, id, OsloTime.of(now)));
    }

    /**
     * Who acts for the person: a guardian who acted for a child while still acting for it (an active
     * guardianship, the child under 16 today), else the person.
     */
    private UUID recipient(UUID personId, UUID actedById) {
        if (actedById == null || actedById.equals(personId)
                || Guardianship.active(actedById, personId).isEmpty()) {
            return personId;
        }
        Patient child = Patient.findById(personId);
        LocalDate today = BusinessCalendar.today(clock);
        return proxies.allowedOn(child.nationalId(), today) ? actedById : personId;
    }

    private String portalUrl() {
        String url = config.notifications().portalUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String clinicName(String clinicOrg) {
        Clinic clinic = Clinic.findById(clinicOrg);
        return clinic == null ? clinicOrg : clinic.name;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
