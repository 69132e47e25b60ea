package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification for an SMS or e-mail gateway to send (R13), on {@code portal.notifications.v1}: one
 * event per channel the person chose, to a contact detail confirmed within 18 months. It carries no
 * health content: the text says only that something new is waiting (a reply, a decision, an
 * invoice, a booking) and from which clinic; the link leads to the portal, where the person logs in
 * to read it. Each notification is published once; a gateway that may see an event twice (the relay
 * publishes at least once) deduplicates by the envelope's id.
 *
 * @param notificationId the notification, as {@code GET /api/v1/notifications} lists it; the same for
 *                       both channels
 * @param channel        how to send it
 * @param address        where to: a mobile number in international form, or an e-mail address
 * @param text           the message, in Norwegian, without the link
 * @param link           the absolute portal address to open
 * @param createdAt      when the portal created it
 */
public record NotificationRequested(
        UUID notificationId,
        Channel channel,
        String address,
        String text,
        String link,
        OffsetDateTime createdAt) implements EventPayload {

    /** The gateway's channels. */
    public enum Channel {
        SMS, EMAIL
    }
}
