package no.legekontor.inbox.item;

import no.legekontor.inbox.security.StaffCaller.Staff;

/**
 * Who may do what with which item: the one home of these rules, which the reply, the decision,
 * the claim and the close ask. Both GPs and office staff read their own clinic's whole inbox.
 * E-consultations (R7), prescription renewals and sick-leave extensions (R14) are the GP's: only
 * a GP answers, decides, claims or closes them (else 403 {@code gp-required}). Office messages
 * and appointment notices are the office's, and a GP may help with them. Follow-ups belong to
 * their item, so the same rule answers them. Nobody answers an appointment notice (422
 * {@code not-answerable}): the office closes it. Only renewals and extensions are decided (422
 * {@code not-decidable}); the rest are answered. A closed item is not worked on any more (409
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

    /** Renewals and extensions are decided (R14), not answered with a reply. */
    public static boolean decidable(ItemType type) {
        return type == ItemType.PRESCRIPTION_RENEWAL || type == ItemType.SICK_LEAVE_EXTENSION;
    }

    /** Everything but an appointment notice has a conversation to answer in. */
    public static boolean answerable(ItemType type) {
        return type != ItemType.APPOINTMENT_NOTICE;
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

    /** 422 {@code not-answerable} for an appointment notice. */
    public static void requireAnswerable(InboxItem item) {
        if (!answerable(item.type)) {
            throw new NotAnswerable();
        }
    }

    /** 422 {@code not-decidable} for anything but a renewal or an extension. */
    public static void requireDecidable(InboxItem item) {
        if (!decidable(item.type)) {
            throw new NotDecidable();
        }
    }
}
