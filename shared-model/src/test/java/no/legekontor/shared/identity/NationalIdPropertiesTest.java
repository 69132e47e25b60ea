package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class NationalIdPropertiesTest {

    /** What the generator put into an id, to compare with what parsing gets out of it. */
    record Generated(String value, LocalDate birthDate, boolean dNumber, boolean synthetic) {
    }

    @Provide
    Arbitrary<Generated> validIds() {
        Arbitrary<LocalDate> birthDates = Arbitraries.longs()
                .between(LocalDate.of(1854, 1, 1).toEpochDay(), LocalDate.of(2039, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Optional<Generated>> candidates = Combinators.combine(
                        birthDates.flatMap(date -> individualNumbersFor(date.getYear()).map(n -> new Object[] {date, n})),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((dateAndNumber, dNumber, synthetic) -> {
                    LocalDate date = (LocalDate) dateAndNumber[0];
                    int individualNumber = (Integer) dateAndNumber[1];
                    int day = date.getDayOfMonth() + (dNumber ? 40 : 0);
                    int month = date.getMonthValue() + (synthetic ? 80 : 0);
                    return NationalIds.of(day, month, date.getYear() % 100, individualNumber)
                            .map(value -> new Generated(value, date, dNumber, synthetic));
                });
        // About one combination in six has a remainder of 1 and no valid check digits.
        return candidates.filter(Optional::isPresent).map(Optional::get);
    }

    /** The individual numbers issued for a birth year, from Skatteetaten's table. */
    private static Arbitrary<Integer> individualNumbersFor(int year) {
        if (year <= 1899) {
            return Arbitraries.integers().between(500, 749);
        }
        if (year <= 1939) {
            return Arbitraries.integers().between(0, 499);
        }
        if (year <= 1999) {
            return Arbitraries.oneOf(Arbitraries.integers().between(0, 499), Arbitraries.integers().between(900, 999));
        }
        return Arbitraries.integers().between(500, 999);
    }

    @Property
    void validIdsRoundTripTheirBirthDateAndKind(@ForAll("validIds") Generated generated) {
        NationalId id = NationalId.parse(generated.value());

        assertThat(id.value()).isEqualTo(generated.value());
        assertThat(id.birthDate()).isEqualTo(generated.birthDate());
        assertThat(id.isDNumber()).isEqualTo(generated.dNumber());
        assertThat(id.isSynthetic()).isEqualTo(generated.synthetic());
    }

    /**
     * Every weight of both checks is non-zero modulo the prime 11, so changing one of digits 1-9
     * changes the first check sum's remainder, and changing digit 10 or 11 breaks its own check:
     * a single mistyped digit is always caught, never turned into another valid id.
     */
    @Property
    void changingAnySingleDigitMakesAValidIdInvalid(@ForAll("validIds") Generated generated,
            @ForAll @IntRange(min = 0, max = 10) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = generated.value().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(NationalId.isValid(new String(digits))).isFalse();
    }

    @Property
    void ageAndTheBirthdayAtThatAgeNeverDisagree(@ForAll("validIds") Generated generated,
            @ForAll @IntRange(min = 0, max = 40_000) int daysAfterBirth, @ForAll @IntRange(min = 1, max = 100) int age) {
        NationalId id = NationalId.parse(generated.value());
        LocalDate date = id.birthDate().plusDays(daysAfterBirth);

        assertThat(id.ageOn(date) >= age).isEqualTo(!date.isBefore(id.birthDate().plusYears(age)));
    }

    @Property
    void maskedFormKeepsOnlyTheFirstSixDigits(@ForAll("validIds") Generated generated) {
        NationalId id = NationalId.parse(generated.value());

        assertThat(id.toString())
                .isEqualTo(id.masked())
                .isEqualTo(generated.value().substring(0, 6) + "*****");
    }

    @Property
    void rejectionMessagesNeverContainTheInput(@ForAll @NumericChars @StringLength(11) String value) {
        if (NationalId.isValid(value)) {
            return;
        }
        assertThatThrownBy(() -> NationalId.parse(value))
                .isInstanceOf(InvalidNationalIdException.class)
                .message()
                .doesNotContain(value)
                .doesNotContain(value.substring(6));
    }
}
