package no.legekontor.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * The one clock and the business calendar. Everything that asks "what time is it" injects the
 * {@link Clock}, so a test can stand on any date by providing its own.
 */
@ApplicationScoped
public class TimeProducers {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        // Microseconds, as PostgreSQL stores them: what an endpoint answers right after a write is
        // then the same as what it reads back later.
        return Clock.tick(Clock.system(BusinessCalendar.OSLO), Duration.ofNanos(1_000));
    }

    @Produces
    @Singleton
    BusinessCalendar businessCalendar() {
        return new BusinessCalendar();
    }
}
