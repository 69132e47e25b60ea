package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import no.legekontor.shared.identity.InvalidNationalIdException.Reason;

class NationalIdTest {

    // The demo patients of docs/rules.md (synthetic: month + 80).
    static final String KARI = "14838510036";
    static final String OLA = "02917910181";
    static final String PER = "21876210131";
    static final String EMMA = "09851650005";
    static final String JONAS = "18860950142";
    static final String INGRID = "30819010095";

    // Check digits worked out by hand: 1 Jan 1990, individual number 100; and as a D-number (day + 40), 101.
    static final String ORDINARY = "01019010046";
    static final String D_NUMBER = "41019010110";

    private static Reason reasonFor(String value) {
        try {
            NationalId.parse(value);
        } catch (InvalidNationalIdException e) {
            return e.reason();
        }
        throw new AssertionError("expected " + value + " to be rejected");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class DemoIds {

        @ParameterizedTest
        @CsvSource({
            KARI + ", 1985-03-14",
            OLA + ", 1979-11-02",
            PER + ", 1962-07-21",
            EMMA + ", 2016-05-09",
            JONAS + ", 2009-06-18",
            INGRID + ", 1990-01-30"})
        void demoIdsAreValidSyntheticIdsWithTheirBirthDates(String value, LocalDate birthDate) {
            NationalId id = NationalId.parse(value);

            assertThat(NationalId.isValid(value)).isTrue();
            assertThat(id.value()).isEqualTo(value);
            assertThat(id.birthDate()).isEqualTo(birthDate);
            assertThat(id.isSynthetic()).isTrue();
            assertThat(id.isDNumber()).isFalse();
        }
    }

    @Nested
    class Kinds {

        @Test
        void ordinaryIdIsNeitherSyntheticNorDNumber() {
            NationalId id = NationalId.parse(ORDINARY);

            assertThat(id.birthDate()).isEqualTo(date("1990-01-01"));
            assertThat(id.isSynthetic()).isFalse();
            assertThat(id.isDNumber()).isFalse();
        }

        @Test
        void dNumberHasFortyAddedToTheDay() {
            NationalId id = NationalId.parse(D_NUMBER);

            assertThat(id.birthDate()).isEqualTo(date("1990-01-01"));
            assertThat(id.isDNumber()).isTrue();
            assertThat(id.isSynthetic()).isFalse();
        }

        @Test
        void syntheticDNumberHasBothOffsets() {
            String value = NationalIds.firstValid(71, 92, 4, 500); // 31 Dec 2004

            NationalId id = NationalId.parse(value);

            assertThat(id.birthDate()).isEqualTo(date("2004-12-31"));
            assertThat(id.isDNumber()).isTrue();
            assertThat(id.isSynthetic()).isTrue();
        }

        @Test
        void monthPlusFortyTestIdsAreNotAccepted() {
            // The older H-number / NAV convention; the product accepts only month + 80.
            assertThat(reasonFor(NationalIds.firstValid(1, 41, 90, 100))).isEqualTo(Reason.INVALID_DATE);
        }
    }

    @Nested
    class CheckDigits {

        @Test
        void wrongFirstCheckDigitIsRejected() {
            assertThat(reasonFor("14838510046")).isEqualTo(Reason.FIRST_CHECK_DIGIT);
            assertThat(reasonFor("14838510936")).isEqualTo(Reason.FIRST_CHECK_DIGIT);
        }

        @Test
        void wrongSecondCheckDigitIsRejected() {
            assertThat(reasonFor("14838510037")).isEqualTo(Reason.SECOND_CHECK_DIGIT);
            assertThat(reasonFor("14838510030")).isEqualTo(Reason.SECOND_CHECK_DIGIT);
        }

        @Test
        void swappedDigitsAreRejected() {
            assertThat(NationalId.isValid("41838510036")).isFalse();
            assertThat(NationalId.isValid("14838501036")).isFalse();
        }

        @Test
        void firstRemainderOneMakesEveryCheckDigitWrong() {
            // 0·3 + 1·7 + 0·6 + 1·1 + 9·8 + 0·9 + 1·4 + 0·5 + 8·2 = 100 = 9·11 + 1
            String firstNine = "010190108";

            assertThat(IntStream.rangeClosed(0, 99).mapToObj(k -> firstNine + String.format("%02d", k)))
                    .allSatisfy(value -> assertThat(reasonFor(value)).isEqualTo(Reason.FIRST_CHECK_DIGIT));
        }

        @Test
        void secondRemainderOneMakesEveryCheckDigitWrong() {
            // first check digit 7 is right; 0·5 + 1·4 + 0·3 + 1·2 + 9·7 + 0·6 + 1·5 + 0·4 + 4·3 + 7·2 = 100
            String firstTen = "0101901047";

            assertThat(IntStream.rangeClosed(0, 9).mapToObj(k -> firstTen + k))
                    .allSatisfy(value -> assertThat(reasonFor(value)).isEqualTo(Reason.SECOND_CHECK_DIGIT));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "30 February, 30, 2, 90",
            "31 April, 31, 4, 90",
            "day 0, 0, 1, 90",
            "day 32, 32, 1, 90",
            "month 0, 1, 0, 90",
            "month 13, 1, 13, 90",
            "D-number day 40 (day 0), 40, 1, 90",
            "D-number 30 February, 70, 2, 90",
            "D-number day 72 (day 32), 72, 1, 90",
            "synthetic 30 February, 30, 82, 90",
            "synthetic month 93 (13), 1, 93, 90",
            "29 February in a common year, 29, 2, 91"})
        void impossibleDatesAreRejected(String description, int day, int month, int twoDigitYear) {
            String value = NationalIds.firstValid(day, month, twoDigitYear, 100);

            assertThat(reasonFor(value)).isEqualTo(Reason.INVALID_DATE);
        }

        @Test
        void twentyNinthFebruary1900IsRejectedBut2000IsAccepted() {
            // 1900 is not a leap year, 2000 is: the same six digits, told apart by the century
            assertThat(reasonFor(NationalIds.firstValid(29, 2, 0, 100))).isEqualTo(Reason.INVALID_DATE);
            assertThat(NationalId.parse(NationalIds.firstValid(29, 2, 0, 500)).birthDate())
                    .isEqualTo(date("2000-02-29"));
        }
    }

    @Nested
    class Centuries {

        @ParameterizedTest(name = "individual number {1} with year {0} -> {2}")
        @CsvSource({
            "00, 000, 1900",
            "99, 499, 1999",
            "54, 500, 1854",
            "99, 749, 1899",
            "00, 500, 2000",
            "39, 999, 2039",
            "39, 750, 2039",
            "40, 900, 1940",
            "99, 999, 1999",
            "53, 499, 1953",
            "54, 749, 1854"})
        void centuryFollowsTheIndividualNumber(int twoDigitYear, int individualNumber, int expectedYear) {
            String value = NationalIds.anyDayOf(6, twoDigitYear, individualNumber);

            assertThat(NationalId.parse(value).birthDate().getYear()).isEqualTo(expectedYear);
        }

        @ParameterizedTest(name = "individual number {1} with year {0}")
        @CsvSource({
            "40, 500",
            "53, 749",
            "54, 750",
            "40, 750",
            "99, 899"})
        void individualNumbersNeverIssuedForTheYearAreRejected(int twoDigitYear, int individualNumber) {
            String value = NationalIds.anyDayOf(6, twoDigitYear, individualNumber);

            assertThat(reasonFor(value)).isEqualTo(Reason.UNKNOWN_CENTURY);
        }
    }

    @Nested
    class Format {

        @ParameterizedTest
        @ValueSource(strings = {"1483851003", "148385100360", " 14838510036", "14838510036 ", "148385 10036"})
        @NullAndEmptySource
        void anythingButElevenCharactersIsRejected(String value) {
            assertThat(reasonFor(value)).isIn(Reason.WRONG_LENGTH, Reason.MISSING);
            assertThat(NationalId.isValid(value)).isFalse();
        }

        @Test
        void nullIsReportedAsMissing() {
            assertThat(reasonFor(null)).isEqualTo(Reason.MISSING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1483851003a", "14838 10036", "+4838510036", "-1838510036",
            "\u0661\u0664\u0668\u0663\u0668\u0665\u0661\u0660\u0660\u0663\u0666"})
        void nonDigitsAreRejectedIncludingOtherScriptsDigits(String value) {
            assertThat(reasonFor(value)).isEqualTo(Reason.NOT_DIGITS);
        }

        @Test
        void isValidAgreesWithParse() {
            assertThat(NationalId.isValid(KARI)).isTrue();
            assertThat(NationalId.isValid("14838510037")).isFalse();
        }
    }

    @Nested
    class Privacy {

        @Test
        void maskedShowsOnlyTheFirstSixDigits() {
            assertThat(NationalId.parse(KARI).masked()).isEqualTo("148385*****");
        }

        @Test
        void toStringIsMaskedSoLogsNeverShowTheWholeId() {
            NationalId kari = NationalId.parse(KARI);

            assertThat(kari.toString()).isEqualTo("148385*****").doesNotContain(KARI).doesNotContain("10036");
            assertThat("patient " + kari).doesNotContain(KARI);
        }

        @ParameterizedTest
        @ValueSource(strings = {"14838510037", "14838510046", "30029010095", "1483851003a", "148385100360"})
        void rejectionMessagesNeverContainTheInput(String value) {
            assertThatThrownBy(() -> NationalId.parse(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message()
                    .doesNotContain(value)
                    .doesNotContain(value.substring(0, 6));
        }
    }

    @Nested
    class Equality {

        @Test
        void idsWithTheSameDigitsAreEqual() {
            assertThat(NationalId.parse(KARI)).isEqualTo(NationalId.parse(KARI))
                    .hasSameHashCodeAs(NationalId.parse(KARI));
        }

        @Test
        void idsWithDifferentDigitsAreNotEqual() {
            assertThat(NationalId.parse(KARI)).isNotEqualTo(NationalId.parse(OLA));
        }
    }
}
