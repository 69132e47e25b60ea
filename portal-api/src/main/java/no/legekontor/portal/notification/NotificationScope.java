package no.legekontor.portal.notification;

import java.util.UUID;
import no.legekontor.portal.security.PatientCaller;

/**
 * Whose notifications a caller reads, and whose data that is for the access log: the person logged in
 * reads what was addressed to them ({@code recipientId}); a guardian with On-Behalf-Of reads only
 * those about that child ({@code aboutId}), as the child's data.
 *
 * @param recipientId the person logged in, to whom the notifications were addressed
 * @param aboutId     the child a guardian acts for, or null for all of the recipient's
 * @param subjectId   whose data it is in the access log: the child, or the recipient
 */
public record NotificationScope(UUID recipientId, UUID aboutId, UUID subjectId) {

    /** The scope of the caller of a patient endpoint, as its access rules admitted them. */
    public static NotificationScope of(PatientCaller caller) {
        UUID self = caller.self().id;
        UUID subject = caller.subject().id;
        return new NotificationScope(self, subject.equals(self) ? null : subject, subject);
    }
}
