package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Clinic staff saw patients' requests in the inbox: opened one item, or listed a page of items
 * (which shows each request's text and the patient's national id). For the patients' access log:
 * who saw what and when, never what it says. Published at every opening and every page listed
 * that holds an item; {@link ItemRead} is the separate, once-per-item read receipt.
 *
 * <p>Keyed by the event's own id (the envelope's {@code aggregateId} is its {@code id}): the
 * entries need no order among themselves or with a conversation's other events.
 *
 * @param view     an item opened, or a page of the list
 * @param items    what was seen: one item for {@link View#ITEM}, the page's items for {@link View#LIST}
 * @param staffHpr the staff member's HPR number
 * @param staffName the staff member's name as patients see it
 * @param staffRole {@code gp} or {@code office}
 * @param viewedAt when it was seen
 */
public record ItemsViewed(
        View view,
        List<Seen> items,
        String staffHpr,
        String staffName,
        String staffRole,
        OffsetDateTime viewedAt) implements EventPayload {

    public ItemsViewed {
        Objects.requireNonNull(view, "view");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** How the items were seen. */
    public enum View {
        /** One item opened, with its thread. */
        ITEM,
        /** A page of the inbox list. */
        LIST
    }

    /**
     * One item seen: exactly one of {@code conversationId} and {@code appointmentId} is set.
     *
     * @param inboxItemId    the item in the clinic's inbox
     * @param conversationId the patient's conversation; null for an appointment notice
     * @param appointmentId  appointment notices: the portal's appointment; else null
     */
    public record Seen(UUID inboxItemId, @Nullable UUID conversationId, @Nullable UUID appointmentId) {
    }

    /**
     * The envelope for this payload: keyed by its own id.
     *
     * @param clinicId the staff member's clinic
     */
    public EventEnvelope envelope(String clinicId) {
        EventType type = EventType.ITEMS_VIEWED;
        UUID id = UUID.randomUUID();
        return new EventEnvelope(id, type.wireName(), type.schemaVersion(), viewedAt, clinicId, id, this);
    }
}
