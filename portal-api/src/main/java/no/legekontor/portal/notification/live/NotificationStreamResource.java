package no.legekontor.portal.notification.live;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.UUID;
import no.legekontor.portal.notification.NotificationReads;
import no.legekontor.portal.notification.NotificationScope;
import no.legekontor.portal.notification.NotificationView;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.problem.InvalidInput;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The person's notifications as they happen (server-sent events), on whichever replica holds the
 * connection. The same access rules as {@code GET /notifications} apply when it opens (R1-R3, and
 * R11 for On-Behalf-Of); it ends when the token expires or after {@code max-age}, and the app
 * reconnects with Last-Event-ID, when they are checked again.
 */
@Path("/api/v1/notifications/stream")
@Tag(name = "Notifications")
@Authenticated
@PatientAccess
public class NotificationStreamResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    @Inject
    PatientCaller caller;

    @Inject
    JsonWebToken token;

    @Inject
    NotificationReads reads;

    @Inject
    LiveStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNotifications", summary = "The person's notifications as they come (server-sent "
            + "events)",
            description = "Each new notification is an event `notification` whose `id` is the notification's id and "
                    + "whose `data` is the notification as `listNotifications` lists it. Reconnect with the last id "
                    + "in Last-Event-ID (an EventSource does) and the events after it come first, then the new "
                    + "ones; `since` does the same on the first connection. Without either, only what comes next. "
                    + "A comment line (a heartbeat) comes regularly, every 15 s by default. The stream ends when the "
                    + "token expires, and after 10 minutes by default: reconnect with a valid token and "
                    + "Last-Event-ID. With On-Behalf-Of, only the notifications about that child.")
    @APIResponse(responseCode = "200", description = "The stream: `id`, `event: notification`, `data` (JSON)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: Last-Event-ID or since not the id of "
            + "one of the person's notifications, or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public void stream(
            @Parameter(description = "The id of the last event the app received: the stream resumes after it",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @HeaderParam(LAST_EVENT_ID) String lastEventId,
            @Parameter(description = "The id of the newest notification the app has (from the list): the stream "
                    + "starts after it. Last-Event-ID, when sent, wins.")
            @QueryParam("since") UUID since,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        NotificationScope scope = NotificationScope.of(caller);
        long position = lastEventId != null && !lastEventId.isBlank()
                ? reads.positionOf(scope.recipientId(), idIn(lastEventId), LAST_EVENT_ID)
                : since != null ? reads.positionOf(scope.recipientId(), since, "since")
                : reads.newest(scope.recipientId());
        // Not stored or buffered by anything in between: a proxy that buffers holds the events back.
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store").putHeader("X-Accel-Buffering", "no");
        long expires = token.getExpirationTime();
        streams.open(scope, caller.self().id, position, expires > 0 ? Instant.ofEpochSecond(expires) : null, sink, sse);
    }

    private static UUID idIn(String header) {
        try {
            return UUID.fromString(header.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(LAST_EVENT_ID, NotificationReads.NOT_A_NOTIFICATION);
        }
    }
}
