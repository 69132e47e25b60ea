package no.legekontor.shared.calendar;

import java.time.DayOfWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Norwegian business days and the reply deadline promised to patients (R8).
 *
 * <p>The portal shows a patient the deadline when a request is sent, and the clinic's inbox sorts
 * and alarms by the same deadline; both must compute it identically, so the rules live here once.
 * Business days are Monday to Friday except the Norwegian public holidays (1 January, Maundy
 * Thursday, Good Friday, Easter Sunday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Sunday,
 * Whit Monday, 25 and 26 December). Christmas Eve and New Year's Eve are ordinary business days:
 * they are not public holidays, even if many clinics close early.
 *
 * <p>Instances are immutable and thread-safe; the only state is a cache of holidays per year.
 */
public final class BusinessCalendar {

    /** The clinics' time zone: a request's "day" and its deadline are days in Norway, not in UTC. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The day in Oslo that an instant falls on: the one way the product asks what day it is. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, OSLO);
    }

    /** Today in Oslo by the clock, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The answer time promised to patients, in business days (R8). */
    public static final int DEFAULT_REPLY_BUSINESS_DAYS = 5;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** Office messages received before this (Oslo time) on a business day aim at an answer that day. */
    private static final LocalTime OFFICE_CUT_OFF = LocalTime.of(16, 0);
    private static final int FIRST_GREGORIAN_YEAR = 1583;
    // GET /reply-deadline takes any instant; caching every year a caller invents would let the
    // cache grow without bound, so only plausible years are kept.
    private static final int FIRST_CACHED_YEAR = 1900;
    private static final int LAST_CACHED_YEAR = 2199;

    private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** One instance can be shared by the whole application; creating more is cheap but pointless. */
    public BusinessCalendar() {
    }

    /** Whether staff are expected to work on a day, so whether it counts towards a deadline. */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidays(date.getYear()).contains(date);
    }

    /**
     * The Norwegian public holidays of a year, including those that fall on a weekend (Easter and
     * Whit Sunday always do). Two holidays can share a date, e.g. 17 May and Whit Monday in 2027,
     * so a year has 11 or 12 of them.
     *
     * @return an unmodifiable set, cached per year for the years 1900-2199
     * @throws IllegalArgumentException for years before the Gregorian calendar (1583)
     */
    public Set<LocalDate> holidays(int year) {
        if (year < FIRST_CACHED_YEAR || year > LAST_CACHED_YEAR) {
            return computeHolidays(year);
        }
        return holidaysByYear.computeIfAbsent(year, BusinessCalendar::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        // Not Set.of: it rejects duplicates, and two holidays can share a date.
        return Stream.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(3), // Maundy Thursday
                easter.minusDays(2), // Good Friday
                easter,
                easter.plusDays(1), // Easter Monday
                LocalDate.of(year, Month.MAY, 1),
                LocalDate.of(year, Month.MAY, 17),
                easter.plusDays(39), // Ascension Day
                easter.plusDays(49), // Whit Sunday
                easter.plusDays(50), // Whit Monday
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The {@code n}-th business day strictly after {@code date}, whether or not {@code date} itself
     * is a business day: a request received on a holiday or a Saturday waits like any other.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1; "zero business days later" has no
     *     single sensible meaning for a non-business day
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int remaining = n;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The deadline promised to the patient for a request received at {@code receivedAt}: 23:59:59
     * Oslo time on the 5th business day after the Oslo date of receipt (R8, §4). Received on a
     * Saturday, it is the following Friday; received on a Monday, the next Monday.
     */
    public OffsetDateTime replyDueBy(Instant receivedAt) {
        return replyDueBy(receivedAt, DEFAULT_REPLY_BUSINESS_DAYS);
    }

    /**
     * As {@link #replyDueBy(Instant)}, for a configured answer time of {@code businessDays}.
     *
     * <p>The receipt date is taken in Oslo, so a request sent at 00:30 Norwegian time (22:30 or
     * 23:30 UTC the day before) belongs to the Norwegian day. The result carries Oslo's offset on
     * the due date (+01:00 or +02:00), which can differ from the offset at receipt across a
     * daylight-saving change; the wall-clock time is always 23:59:59.
     *
     * @throws IllegalArgumentException if {@code businessDays} is less than 1
     */
    public OffsetDateTime replyDueBy(Instant receivedAt, int businessDays) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDate receivedOn = dateOf(receivedAt);
        LocalDate dueOn = addBusinessDays(receivedOn, businessDays);
        // 23:59:59 is never inside Oslo's daylight-saving gap or overlap (both are at night, 02-03).
        return dueOn.atTime(END_OF_DAY).atZone(OSLO).toOffsetDateTime();
    }

    /**
     * The office's own aim for a message (R8: "mostly answered the same day"): 16:00 Oslo time on
     * the day received when that is a business day and the message arrives before 16:00, else
     * 16:00 on the next business day. A message at 16:00 sharp is after the cut-off.
     */
    public OffsetDateTime officeTargetBy(Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDateTime received = LocalDateTime.ofInstant(receivedAt, OSLO);
        LocalDate receivedOn = received.toLocalDate();
        boolean sameDay = isBusinessDay(receivedOn) && received.toLocalTime().isBefore(OFFICE_CUT_OFF);
        LocalDate targetOn = sameDay ? receivedOn : addBusinessDays(receivedOn, 1);
        return targetOn.atTime(OFFICE_CUT_OFF).atZone(OSLO).toOffsetDateTime();
    }

    /**
     * Whether a request that is still unanswered at {@code now} has missed its deadline. The due
     * instant itself still counts as on time.
     */
    public boolean isOverdue(OffsetDateTime dueBy, Instant now) {
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(now, "now");
        return now.isAfter(dueBy.toInstant());
    }

    /**
     * Western (Gregorian) Easter Sunday, which five of the Norwegian holidays hang on. Computed with
     * the anonymous Gregorian algorithm (Meeus/Jones/Butcher) rather than a table, so that it has no
     * end date.
     *
     * @throws IllegalArgumentException for years before 1583, when the algorithm does not apply
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "Easter is computed for Gregorian years from " + FIRST_GREGORIAN_YEAR + ", not " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
