package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class KidTest {

    /** Published examples of the Luhn rule (the first is the textbook one). */
    @ParameterizedTest
    @ValueSource(strings = {"79927398713", "12345678903", "0000000018", "1234567897"})
    void publishedExamplesAreValid(String value) {
        assertThat(Kid.isValid(value)).isTrue();
        assertThat(Kid.parse(value)).hasToString(value);
    }

    @Test
    void checkDigitIsAppendedToTheReferenceNumber() {
        assertThat(Kid.withCheckDigit("000000001").value()).isEqualTo("0000000018");
        assertThat(Kid.withCheckDigit("7992739871").value()).isEqualTo("79927398713");
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398710", "79927398714", "12345678901", "0000000019"})
    void wrongCheckDigitIsRejectedWithoutEchoingTheInput(String value) {
        assertThat(Kid.isValid(value)).isFalse();
        assertThatThrownBy(() -> Kid.parse(value))
                .isInstanceOf(InvalidKidException.class)
                .hasMessageContaining("check digit")
                .message().doesNotContain(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "12345678901234567890123456", "1234 5678 903", "1234567890a", "-12345678903"})
    void notTwoToTwentyFiveDigitsIsRejected(String value) {
        assertThat(Kid.isValid(value)).isFalse();
        assertThatThrownBy(() -> Kid.parse(value)).isInstanceOf(InvalidKidException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890123456789012345", "12a4"})
    void referenceNumberMustBeOneToTwentyFourDigits(String digits) {
        assertThatThrownBy(() -> Kid.withCheckDigit(digits)).isInstanceOf(InvalidKidException.class);
    }

    @Provide
    Arbitrary<String> referenceNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(Kid.MAX_LENGTH - 1);
    }

    @Property
    void everyGeneratedKidIsValid(@ForAll("referenceNumbers") String digits) {
        Kid kid = Kid.withCheckDigit(digits);

        assertThat(kid.value()).startsWith(digits).hasSize(digits.length() + 1);
        assertThat(Kid.isValid(kid.value())).isTrue();
    }

    /**
     * Doubling maps the digits 0-9 onto 0, 2, 4, 6, 8, 1, 3, 5, 7, 9, a permutation, so every
     * position's contribution to the sum changes with its digit: one mistyped digit, the check
     * digit included, always breaks the check.
     */
    @Property
    void changingAnySingleDigitMakesAGeneratedKidInvalid(@ForAll("referenceNumbers") String digits,
            @ForAll @IntRange(min = 0, max = Kid.MAX_LENGTH - 1) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] kid = Kid.withCheckDigit(digits).value().toCharArray();
        int at = position % kid.length;
        kid[at] = (char) ('0' + (kid[at] - '0' + shift) % 10);

        assertThat(Kid.isValid(new String(kid))).isFalse();
    }
}
