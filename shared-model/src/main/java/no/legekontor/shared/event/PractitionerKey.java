package no.legekontor.shared.event;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The aggregate id (and so the Kafka key) of a practitioner's events: the same for every event of
 * one HPR number, so they share a partition and arrive in order.
 */
public final class PractitionerKey {

    private PractitionerKey() {
    }

    /** A name-based UUID of the HPR number. */
    public static UUID of(String hprNumber) {
        return UUID.nameUUIDFromBytes(("practitioner:" + hprNumber).getBytes(StandardCharsets.UTF_8));
    }
}
