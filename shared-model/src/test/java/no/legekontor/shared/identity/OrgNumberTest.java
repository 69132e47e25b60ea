package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTest {

    static final String DEMO_LEGESENTER = "910000004";
    static final String FJORD_LEGEKONTOR = "920000002";

    @ParameterizedTest
    @ValueSource(strings = {DEMO_LEGESENTER, FJORD_LEGEKONTOR})
    void demoClinicOrgNumbersAreValid(String value) {
        assertThat(OrgNumber.isValid(value)).isTrue();
        assertThat(OrgNumber.parse(value).value()).isEqualTo(value);
    }

    @Test
    void toStringIsThePlainNumberBecauseOrgNumbersArePublic() {
        assertThat(OrgNumber.parse(DEMO_LEGESENTER)).hasToString(DEMO_LEGESENTER);
    }

    @Test
    void sameDigitsAreEqual() {
        assertThat(OrgNumber.parse(DEMO_LEGESENTER)).isEqualTo(OrgNumber.parse(DEMO_LEGESENTER))
                .isNotEqualTo(OrgNumber.parse(FJORD_LEGEKONTOR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"910000005", "910000003", "920000004", "290000004"})
    void wrongCheckDigitIsRejected(String value) {
        assertThat(OrgNumber.isValid(value)).isFalse();
        assertThatThrownBy(() -> OrgNumber.parse(value))
                .isInstanceOf(InvalidOrgNumberException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void remainderOneMakesEveryCheckDigitWrong() {
        // 9·3 + 1·2 + 0·7 + 0·6 + 0·5 + 0·4 + 0·3 + 8·2 = 45 = 4·11 + 1
        assertThat(IntStream.rangeClosed(0, 9).mapToObj(k -> "91000008" + k))
                .noneMatch(OrgNumber::isValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91000000", "9100000040", " 910000004", "910 000 004"})
    @NullAndEmptySource
    void anythingButNineCharactersIsRejected(String value) {
        assertThat(OrgNumber.isValid(value)).isFalse();
        assertThatThrownBy(() -> OrgNumber.parse(value)).isInstanceOf(InvalidOrgNumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91000000a", "9100 0004", "+10000004", "\u0669\u0661\u0660\u0660\u0660\u0660\u0660\u0660\u0664"})
    void nonDigitsAreRejected(String value) {
        assertThat(OrgNumber.isValid(value)).isFalse();
        assertThatThrownBy(() -> OrgNumber.parse(value))
                .isInstanceOf(InvalidOrgNumberException.class)
                .hasMessageContaining("only the digits");
    }

    @Test
    void theConstructorChecksToo() {
        assertThatThrownBy(() -> new OrgNumber("910000005")).isInstanceOf(InvalidOrgNumberException.class);
    }

    @Test
    void aNationalIdInTheOrgNumberFieldIsNotEchoed() {
        assertThatThrownBy(() -> OrgNumber.parse("14838510036")).message().doesNotContain("14838510036");
    }
}
