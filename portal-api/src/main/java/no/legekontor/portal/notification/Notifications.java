package no.legekontor.portal.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.AccountRules;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.GuardianAdded;
import no.legekontor.portal.account.Guardianship;
import no.legekontor.portal.account.Patient;
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
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.time.OsloTime;

/**
 * Notifies a person (R13), in the transaction of what caused it: the notification is stored once
 * per recipient, kind and subject (an {@code insert ... on conflict do nothing} against the unique
 * key), and only a new row writes a {@code NotificationRequested} to the outbox for each channel the
 * recipient chose whose contact detail was confirmed within 18 months (R3). So a redelivered event,
 * a second replica or a second run of the daily job never notifies twice, and an unconfirmed profile
 * gets its notification listed but never sent.
 *
 * <p>The recipient is whoever acts for the person whose matter it is: the person, or the guardian who
 * submitted or booked for a child while the guardian still acts for the child; otherwise the person
 * (a child who has turned 16 logs in and reads it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    static final String AGGREGATE = "notification";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PortalConfig config;

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
        boolean child = AccountRules.proxyActive(person.nationalId(), BusinessCalendar.today(clock),
                config.proxyAccessUntilAge());
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
                NotificationTexts.proxyAccessEnding(clinicName(clinicOrg), endsOn, config.proxyAccessUntilAge()),
                "/me");
    }

    /** The notifications addressed to the person, newest first; with {@code aboutId}, only those about that child. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(UUID recipientId, UUID aboutId, PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("recipient", recipientId);
        String where = "e.recipient_id = :recipient";
        if (aboutId != null) {
            where += " and e.about_id = :about";
            params.put("about", aboutId);
        }
        return PagedQuery.page(em, Notification.class, "notification e", where, "e.created_at desc, e.id", params,
                paging).map(NotificationView::of);
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
        boolean confirmed = AccountRules.profileConfirmed(recipient.profileConfirmedAt, now,
                config.profileValidMonths());
        boolean sms = confirmed && recipient.notifyBySms && present(recipient.mobile);
        boolean email = confirmed && recipient.notifyByEmail && present(recipient.email);
        UUID id = UUID.randomUUID();
        int inserted = NativeSql.write(em, """
                insert into notification (id, recipient_id, about_id, kind, subject_id, clinic_org, text, link,
                                          sent_by_sms, sent_by_email, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
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
        return AccountRules.proxyActive(child.nationalId(), today, config.proxyAccessUntilAge()) ? actedById
                : personId;
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
