package no.legekontor.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReplyDeadlinePropertiesTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Provide
    Arbitrary<Instant> receipts() {
        long from = Instant.parse("1995-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2060-12-31T23:59:59Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    private static LocalDate osloDate(Instant instant) {
        return LocalDate.ofInstant(instant, BusinessCalendar.OSLO);
    }

    @Property
    void theDueDateIsAlwaysABusinessDay(@ForAll("receipts") Instant receivedAt,
            @ForAll @IntRange(min = 1, max = 30) int businessDays) {
        LocalDate dueOn = calendar.replyDueBy(receivedAt, businessDays).toLocalDate();

        assertThat(calendar.isBusinessDay(dueOn)).isTrue();
    }

    @Property
    void exactlyTheConfiguredNumberOfBusinessDaysLieAfterTheReceiptDateUpToTheDueDate(
            @ForAll("receipts") Instant receivedAt, @ForAll @IntRange(min = 1, max = 30) int businessDays) {
        LocalDate receivedOn = osloDate(receivedAt);
        LocalDate dueOn = calendar.replyDueBy(receivedAt, businessDays).toLocalDate();

        long counted = receivedOn.plusDays(1).datesUntil(dueOn.plusDays(1)).filter(calendar::isBusinessDay).count();

        assertThat(counted).isEqualTo(businessDays);
    }

    @Property
    void theDefaultIsFiveBusinessDays(@ForAll("receipts") Instant receivedAt) {
        assertThat(calendar.replyDueBy(receivedAt)).isEqualTo(calendar.replyDueBy(receivedAt, 5));
    }

    @Property
    void theDeadlineIsAfterTheReceiptAndNotOverdueAtReceipt(@ForAll("receipts") Instant receivedAt) {
        OffsetDateTime due = calendar.replyDueBy(receivedAt);

        assertThat(due.toInstant()).isAfter(receivedAt);
        assertThat(calendar.isOverdue(due, receivedAt)).isFalse();
        assertThat(calendar.isOverdue(due, due.toInstant().plusSeconds(1))).isTrue();
    }

    @Property
    void theDeadlineIsAlwaysOneSecondBeforeOsloMidnightWithOslosOffset(@ForAll("receipts") Instant receivedAt) {
        OffsetDateTime due = calendar.replyDueBy(receivedAt);

        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(due.getOffset()).isEqualTo(BusinessCalendar.OSLO.getRules().getOffset(due.toInstant()));
        assertThat(osloDate(due.toInstant().plusSeconds(1))).isEqualTo(due.toLocalDate().plusDays(1));
    }

    @Property
    void aLaterReceiptIsNeverDueEarlier(@ForAll("receipts") Instant first,
            @ForAll @IntRange(min = 0, max = 20 * 24 * 3600) int secondsLater) {
        Instant later = first.plusSeconds(secondsLater);

        assertThat(calendar.replyDueBy(later)).isAfterOrEqualTo(calendar.replyDueBy(first));
    }

    @Property
    void holidaysNeverFallOnBusinessDays(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        assertThat(calendar.holidays(year)).noneMatch(calendar::isBusinessDay);
    }

    @Property
    void everyYearHasElevenOrTwelveHolidaysWithinThatYear(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        assertThat(calendar.holidays(year))
                .hasSizeBetween(11, 12)
                .allMatch(holiday -> holiday.getYear() == year);
    }
}
