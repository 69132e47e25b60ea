package no.legekontor.inbox.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the clinic keeps its promise (R8): what is open now, and how the items answered in a period
 * were answered, for the clinic and per GP (the patient's GP of each item).
 *
 * @param from   first day of the period (Oslo)
 * @param to     last day of the period (Oslo)
 * @param clinic the whole clinic
 * @param perGp  the same figures per GP, by HPR number
 */
@Schema(name = "InboxStats")
public record InboxStats(LocalDate from, LocalDate to, Figures clinic, List<GpFigures> perGp) {

    /**
     * @param open                   open items now (appointment notices included)
     * @param dueToday               open items whose deadline is today (Oslo)
     * @param overdue                open items past their deadline
     * @param answered               items first answered in the period
     * @param answeredWithinDeadline of those, answered by their deadline
     * @param shareWithinDeadline    answeredWithinDeadline / answered; absent when nothing was answered
     * @param medianMinutesToAnswer  median time from receipt to answer; absent when nothing was answered
     */
    @Schema(name = "InboxFigures")
    public record Figures(long open, long dueToday, long overdue, long answered, long answeredWithinDeadline,
            @Schema(example = "0.96") Double shareWithinDeadline,
            @Schema(example = "185") Long medianMinutesToAnswer) {
    }

    /** The figures of one GP's patients' items. */
    @Schema(name = "InboxGpFigures")
    public record GpFigures(@Schema(example = "9100001") String gpHpr, Figures figures) {
    }
}
