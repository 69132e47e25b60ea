package no.legekontor.portal.sicknote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sick note as the patient sees it, and whether it can be extended online today (R10). */
@Schema(name = "SickNote")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SickNoteView(
        UUID id,
        LocalDate fromDate,
        LocalDate toDate,
        @Schema(example = "100") int gradePercent,
        Status status,
        @Schema(description = "An extension can be asked for today (active, or ended at most 7 days ago, and no "
                + "extension open)") boolean extendable,
        @Schema(description = "The open extension request's conversation") UUID extensionConversationId) {

    /** Where the sick leave is today (Oslo date). */
    public enum Status {
        UPCOMING, ACTIVE, ENDED
    }

    static SickNoteView of(SickNote n, LocalDate today, int graceDays, UUID openExtension) {
        Status status = today.isBefore(n.fromDate) ? Status.UPCOMING
                : n.activeOn(today) ? Status.ACTIVE : Status.ENDED;
        return new SickNoteView(n.id, n.fromDate, n.toDate, n.gradePercent, status,
                openExtension == null && SickLeaveExtension.possibleOn(n, today, graceDays), openExtension);
    }
}
