package no.legekontor.inbox.item;

import no.legekontor.shared.event.RequestType;

/** What an inbox item is: one of the patients' request types, or a booking or cancellation notice. */
public enum ItemType {
    E_CONSULTATION,
    OFFICE_MESSAGE,
    PRESCRIPTION_RENEWAL,
    SICK_LEAVE_EXTENSION,
    /** A booking or cancellation (R4): no deadline; the office closes it. */
    APPOINTMENT_NOTICE;

    public static ItemType of(RequestType type) {
        return valueOf(type.name());
    }
}
