package no.legekontor.shared.event;

/**
 * A clinic system removed one of its practitioners ({@code portal.requests.v1}, key =
 * {@link PractitionerKey#of(String)}; the envelope's {@code clinicId} is the clinic they left).
 * From now on the inbox refuses a staff token of theirs for that clinic.
 *
 * @param hprNumber HPR number (Helsepersonellregisteret)
 * @param revision  the practitioner's revision at the portal after the removal; a receiver applies
 *                  only a newer one than it holds
 */
public record PractitionerRemoved(
        String hprNumber,
        long revision) implements EventPayload {
}
