package no.legekontor.support.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;

/** Instants as the clinic and its patients read them: Europe/Oslo with the offset of that moment. */
public final class OsloTime {

    private OsloTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessCalendar.OSLO).toOffsetDateTime();
    }
}
