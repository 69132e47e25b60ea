package no.legekontor.inbox.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.item.ItemRules;
import no.legekontor.inbox.security.StaffCaller.Staff;

/**
 * A staff member takes an item to work on it. The item's row is locked while it is claimed, so of
 * two staff claiming at once one gets it and the other hears 409; claiming one's own again is fine.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    @Inject
    InboxService inbox;

    public InboxViews.Item claim(Staff staff, UUID id) {
        InboxItem item = InboxService.findForUpdate(staff, id);
        ItemRules.requireMayWorkOn(staff, item);
        ItemRules.requireNotClosed(item);
        if (!item.claimBy(staff.hpr())) {
            throw new AlreadyClaimed();
        }
        return inbox.answer(staff, item);
    }
}
