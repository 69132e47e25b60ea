package no.legekontor.portal.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * The application's clock in tests: the real time unless a test stands it on a moment of its own.
 * Replaces the default clock bean; a test that sets it resets it afterwards.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stands the clock still at an Oslo local date-time, e.g. {@code "2028-02-29T00:30"}. */
    public void standAt(String osloLocalDateTime) {
        fixed = java.time.LocalDateTime.parse(osloLocalDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment == null ? Instant.now() : moment;
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
