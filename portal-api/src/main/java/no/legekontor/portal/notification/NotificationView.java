package no.legekontor.portal.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as the apps list it. */
@Schema(name = "Notification")
public record NotificationView(
        UUID id,
        Notification.Kind kind,
        @Schema(description = "What the SMS / e-mail said: the clinic and that something new is waiting, never "
                + "health content", example = "Du har fått svar fra Demo Legesenter. Logg inn for å lese det.")
        String text,
        @Schema(description = "The page to open in the portal", example = "/conversations/3f0c9a2e-1b7d-4c55-9e61-"
                + "0a8b2d4c6e10")
        String link,
        @Schema(description = "The channels it was sent on; empty when the profile was not confirmed within 18 "
                + "months or no channel was chosen (it is listed all the same)")
        List<Notification.Channel> channels,
        OffsetDateTime createdAt) {

    /** The notification as the list and the stream show it. */
    public static NotificationView of(Notification n) {
        List<Notification.Channel> channels = new ArrayList<>(2);
        if (n.sentBySms) {
            channels.add(Notification.Channel.SMS);
        }
        if (n.sentByEmail) {
            channels.add(Notification.Channel.EMAIL);
        }
        return new NotificationView(n.id, n.kind, n.text, n.link, List.copyOf(channels), OsloTime.of(n.createdAt));
    }
}
