package no.legekontor.devtools;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * The application's clock in the services' tests: the real time (in microseconds, as PostgreSQL
 * keeps it and as the services' own clock ticks) unless a test stands it on a moment of its own.
 * A bean of the test application wherever devtools is on the test class path (devtools' Jandex
 * index), it replaces service-support's default clock; a test that sets it resets it afterwards.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stands the clock still at an Oslo local date-time. */
    public void standAt(LocalDateTime osloLocalDateTime) {
        fixed = osloLocalDateTime.atZone(BusinessCalendar.OSLO).toInstant();
    }

    /** Stands the clock still at an Oslo local date-time written as text, e.g. {@code "2028-02-29T00:30"}. */
    public void standAt(String osloLocalDateTime) {
        standAt(LocalDateTime.parse(osloLocalDateTime));
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
