package no.legekontor.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.shared.identity.NationalId;
import org.junit.jupiter.api.Test;

/** R11: a guardian acts for a child until the day the child turns 16 (Oslo dates). */
class ProxyAccessTest {

    static final ProxyAccess UNTIL_16 = new ProxyAccess(16);

    static NationalId bornOn(int year, int month, int day) {
        return NationalId.parse(SyntheticIds.synthetic(LocalDate.of(year, month, day), 0));
    }

    @Test
    void guardianActsUntilTheDayBeforeTheSixteenthBirthday() {
        NationalId child = bornOn(2010, 11, 5);
        assertThat(UNTIL_16.endsOn(child)).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2026, 11, 4))).isTrue();
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2026, 11, 6))).isFalse();
    }

    @Test
    void guardianActsForANewbornFromTheBirthDate() {
        NationalId child = bornOn(2026, 12, 7);
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2026, 12, 7))).isTrue();
    }

    @Test
    void childBornOnLeapDayTurnsSixteenOnLeapDay() {
        NationalId child = bornOn(2012, 2, 29);
        assertThat(UNTIL_16.endsOn(child)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2028, 2, 28))).isTrue();
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void accessEndsWhenTheChildsAgeReachesTheLimitAsNationalIdCountsIt() {
        NationalId child = bornOn(2012, 2, 29);
        for (LocalDate day = LocalDate.of(2027, 12, 1); day.isBefore(LocalDate.of(2029, 4, 1)); day = day.plusDays(1)) {
            assertThat(UNTIL_16.allowedOn(child, day)).as(day.toString()).isEqualTo(child.ageOn(day) < 16);
        }
    }

    @Test
    void dNumberChildIsJudgedByItsRealBirthDate() {
        NationalId child = NationalId.parse(SyntheticIds.dNumber(LocalDate.of(2011, 4, 20), 0));
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2027, 4, 19))).isTrue();
        assertThat(UNTIL_16.allowedOn(child, LocalDate.of(2027, 4, 20))).isFalse();
    }

    @Test
    void theConfiguredAgeMovesTheEnd() {
        NationalId child = bornOn(2010, 11, 5);
        assertThat(new ProxyAccess(18).endsOn(child)).isEqualTo(LocalDate.of(2028, 11, 5));
        assertThat(new ProxyAccess(18).allowedOn(child, LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void theWarningWindowHoldsExactlyTheChildrenWhoseAccessEndsWithinIt() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate last = today.plusDays(30);
        ProxyAccess.BirthDates born = UNTIL_16.bornForEndBetween(today, last);
        for (LocalDate birth = LocalDate.of(2010, 10, 1); birth.isBefore(LocalDate.of(2011, 3, 1));
                birth = birth.plusDays(1)) {
            LocalDate endsOn = UNTIL_16.endsOn(bornOn(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()));
            boolean inWindow = birth.isAfter(born.after()) && !birth.isAfter(born.through());
            assertThat(inWindow).as(birth.toString()).isEqualTo(endsOn.isAfter(today) && !endsOn.isAfter(last));
        }
    }

    @Test
    void theWarningWindowKeepsALeapDayChildWhoseAccessEndsWithinIt() {
        LocalDate today = LocalDate.of(2028, 2, 1);
        ProxyAccess.BirthDates born = UNTIL_16.bornForEndBetween(today, today.plusDays(30));
        LocalDate leapDay = LocalDate.of(2012, 2, 29);
        assertThat(leapDay).isAfter(born.after());
        assertThat(leapDay).isBeforeOrEqualTo(born.through());
    }
}
