package no.legekontor.inbox.item;

import no.legekontor.inbox.security.StaffCaller.Staff;

/**
 * Who may work on which item. Both GPs and office staff read their own clinic's whole inbox.
 * E-consultations (R7), prescription renewals and sick-leave extensions (R14) are the GP's: only
 * a GP answers, decides, claims or closes them (else 403 {@code gp-required}). Office messages
 * and appointment notices are the office's, and a GP may help with them. Follow-ups belong to
 * their item, so the same rule answers them. Nobody answers an appointment notice (422
 * {@code not-answerable}): the office closes it. A closed item is not worked on any more (409
 * {@code item-closed}).
 */
public final class ItemRules {

    private ItemRules() {
    }

    /** E-consultations, renewals and extensions need a GP. */
    public static boolean needsGp(ItemType type) {
        return type == ItemType.E_CONSULTATION || type == ItemType.PRESCRIPTION_RENEWAL
                || type == ItemType.SICK_LEAVE_EXTENSION;
    }

    /** 403 {@code gp-required} when the item is the GP's and the caller is not a GP. */
    public static void requireMayWorkOn(Staff staff, InboxItem item) {
        if (needsGp(item.type) && !staff.isGp()) {
            throw new GpRequired();
        }
    }

    /** 409 {@code item-closed} when the item is closed. */
    public static void requireNotClosed(InboxItem item) {
        if (item.status == InboxItem.Status.CLOSED) {
            throw new ItemIsClosed();
        }
    }
}
