package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

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
}
