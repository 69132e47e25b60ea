package no.legekontor.portal.sicknote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.integration.PushedRecord;

/** A sick note (sykmelding) the clinic's record system pushed; extended online, never issued (R10). */
@Entity
@Table(name = "sick_note")
public class SickNote extends PushedRecord {

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "grade_percent")
    public int gradePercent;

    /** An approved extension (R14): the note's last day moves. */
    public void extendTo(LocalDate lastDay, Instant at) {
        toDate = lastDay;
        updatedAt = at;
    }

    public boolean activeOn(LocalDate today) {
        return !today.isBefore(fromDate) && !today.isAfter(toDate);
    }
}
