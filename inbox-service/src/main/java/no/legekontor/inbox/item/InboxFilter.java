package no.legekontor.inbox.item;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The inbox list's filters ({@code @BeanParam}); all optional, combined with "and". */
public class InboxFilter {

    /** {@code assignee=me}: the caller's items. */
    static final String ME = "me";
    /** {@code assignee=none}: items nobody has claimed. */
    static final String NOBODY = "none";

    @QueryParam("status")
    @Parameter(description = "OPEN, ANSWERED or CLOSED")
    public InboxItem.Status status;

    @QueryParam("type")
    @Parameter(description = "E_CONSULTATION, OFFICE_MESSAGE, PRESCRIPTION_RENEWAL, SICK_LEAVE_EXTENSION or APPOINTMENT_NOTICE")
    public ItemType type;

    @QueryParam("overdue")
    @Parameter(description = "true: only open items past their deadline")
    public Boolean overdue;

    @QueryParam("dueToday")
    @Parameter(description = "true: only open items due today (Europe/Oslo)")
    public Boolean dueToday;

    @QueryParam("conversationId")
    @Parameter(description = "Only the item of this patient conversation (as the portal names it)")
    public UUID conversationId;

    @QueryParam("assignee")
    @Parameter(description = "Who claimed the items: me (the caller), none (nobody yet) or an HPR number",
            example = "me")
    public String assignee;
}
