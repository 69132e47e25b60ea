package no.legekontor.inbox.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * The application's clock in tests: the real time (in microseconds, as PostgreSQL keeps it) unless
 * a test stands it on a moment of its own. Replaces the default clock bean; a test that sets it
 * resets it afterwards.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stands the clock still at an Oslo local date-time. */
    public void standAt(LocalDateTime osloLocalDateTime) {
        fixed = osloLocalDateTime.atZone(BusinessCalendar.OSLO).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : moment;
    }

    @Override
    public ZoneId getZone() {
        return BusinessCalendar.OSLO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
