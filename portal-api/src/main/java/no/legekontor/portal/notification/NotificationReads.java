package no.legekontor.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.InvalidInput;

/**
 * Reads a person's notifications by position ({@link Notification#seq}): a recipient's positions rise
 * in commit order, so "everything up to position n" is a state of the list that never changes, and
 * "after position n" is exactly what a reader who had n has not seen. That gives the list its
 * {@code since} and its ETag, and the live stream its event ids and resumption.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationReads {

    /** The field error of a {@code since} or {@code Last-Event-ID} that names no notification of the caller's. */
    public static final String NOT_A_NOTIFICATION = "notification-id";

    @Inject
    EntityManager em;

    @Inject
    AuditLog log;

    /**
     * The state of a list: its newest position, and the strong ETag of the page that shows it.
     *
     * @param upTo the newest position in the list (0 when it is empty): the page is read up to it
     */
    public record Version(long upTo, String etag) {
    }

    /**
     * The position of the recipient's notification {@code id}.
     *
     * @param field the input that named it, for the 400 when it names no notification of theirs
     */
    public long positionOf(UUID recipientId, UUID id, String field) {
        List<?> found = em.createNativeQuery("select seq from notification where id = ?1 and recipient_id = ?2")
                .setParameter(1, id)
                .setParameter(2, recipientId)
                .getResultList();
        if (found.isEmpty()) {
            throw new InvalidInput(field, NOT_A_NOTIFICATION);
        }
        return ((Number) found.get(0)).longValue();
    }

    /** The newest position of the recipient's notifications, or 0 when there are none. */
    public long newest(UUID recipientId) {
        return ((Number) em.createNativeQuery(
                        "select coalesce(max(seq), 0) from notification where recipient_id = ?1")
                .setParameter(1, recipientId)
                .getSingleResult()).longValue();
    }

    /**
     * The list's state after position {@code after} (0: all): the same ETag means the same answer,
     * and an ETag is never shared by two people, two children, two pages or two {@code since}.
     */
    public Version version(NotificationScope scope, long after, PageRequest paging) {
        Map<String, Object> params = params(scope, after);
        var query = em.createNativeQuery("select coalesce(max(e.seq), 0), count(*) from notification e where "
                + where(scope));
        params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        long upTo = ((Number) row[0]).longValue();
        long count = ((Number) row[1]).longValue();
        String state = String.join("|", String.valueOf(scope.recipientId()), String.valueOf(scope.aboutId()),
                String.valueOf(after), String.valueOf(paging.page), String.valueOf(paging.size),
                String.valueOf(upTo), String.valueOf(count));
        return new Version(upTo, digest(state));
    }

    /** A page of the list after {@code after} and up to {@code upTo} (its {@link #version}), newest first. */
    public Page<NotificationView> list(NotificationScope scope, long after, long upTo, PageRequest paging) {
        Map<String, Object> params = params(scope, after);
        params.put("upTo", upTo);
        return PagedQuery.page(em, Notification.class, "notification e", where(scope) + " and e.seq <= :upTo",
                "e.created_at desc, e.id", params, paging).map(NotificationView::of);
    }

    /**
     * For the live stream: at most {@code limit} notifications after {@code after}, oldest first.
     * When there are any, showing them is written to the access log in the same transaction (as a
     * page of the list, by the person logged in), so none is shown unlogged; nothing new, no entry.
     *
     * @param actorId the person logged in
     */
    @Transactional
    public List<Notification> deliver(NotificationScope scope, UUID actorId, long after, int limit) {
        Map<String, Object> params = params(scope, after);
        var query = em.createNativeQuery("select * from notification e where " + where(scope)
                + " order by e.seq limit :limit", Notification.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Notification> found = query.getResultList();
        if (!found.isEmpty()) {
            NativeSql.setLocal(em, "synchronous_commit", "off");
            AuditedResource resource = AuditedResource.NOTIFICATION;
            log.record(actorId, scope.subjectId(), resource.type() + ".listed", resource.type(), null);
        }
        return found;
    }

    private static String where(NotificationScope scope) {
        return "e.recipient_id = :recipient" + (scope.aboutId() == null ? "" : " and e.about_id = :about")
                + " and e.seq > :after";
    }

    private static Map<String, Object> params(NotificationScope scope, long after) {
        Map<String, Object> params = new HashMap<>();
        params.put("recipient", scope.recipientId());
        if (scope.aboutId() != null) {
            params.put("about", scope.aboutId());
        }
        params.put("after", after);
        return params;
    }

    /** An opaque tag: it tells nothing of the positions (which count every person's notifications). */
    private static String digest(String state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
