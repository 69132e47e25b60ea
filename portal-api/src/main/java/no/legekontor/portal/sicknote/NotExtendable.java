package no.legekontor.portal.sicknote;

import java.time.LocalDate;
import no.legekontor.support.problem.DomainProblem;

/**
 * R10: only an existing sick note that is active or ended at most a week ago can be extended, and
 * only to a later day; new sick leave needs an appointment or a call.
 */
public class NotExtendable extends DomainProblem {
    public NotExtendable(int graceDays, LocalDate toDate, String clinicName, String clinicPhone) {
        super(422, "not-extendable", graceDays, toDate.toString(), clinicName, clinicPhone);
    }
}
