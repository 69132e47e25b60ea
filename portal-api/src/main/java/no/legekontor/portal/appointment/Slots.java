package no.legekontor.portal.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the slots of a page of appointments in one query, not one each. */
final class Slots {

    private Slots() {
    }

    static Map<UUID, Slot> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Slot> slots = Slot.list("id in ?1", List.copyOf(ids));
        return slots.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }
}
