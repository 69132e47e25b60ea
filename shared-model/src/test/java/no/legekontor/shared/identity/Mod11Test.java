package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Check digits worked out by hand, so that the one implementation is checked independently. */
class Mod11Test {

    @Test
    void anOrganisationNumbersCheckDigitIsElevenMinusTheWeightedSumsRemainder() {
        // Brønnøysundregistrene, 974 760 673: 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2 = 173 = 15·11 + 8
        assertThat(Mod11.checkDigit("97476067", Mod11.ORG_NUMBER)).hasValue(3);
        assertThat(OrgNumber.withCheckDigit("97476067")).contains(new OrgNumber("974760673"));
    }

    @Test
    void remainderZeroGivesTheCheckDigitZero() {
        assertThat(Mod11.checkDigit("00000000", Mod11.ORG_NUMBER)).hasValue(0);
    }

    @Test
    void remainderOneGivesNoCheckDigit() {
        // 6·2 = 12 = 11 + 1
        assertThat(Mod11.checkDigit("00000006", Mod11.ORG_NUMBER)).isEmpty();
        assertThat(OrgNumber.withCheckDigit("00000006")).isEmpty();
    }

    @Test
    void aNationalIdGetsBothCheckDigitsTheSecondOverTheFirst() {
        // 1 Jan 1990, individual number 100: 0·3 + 1·7 + 0·6 + 1·1 + 9·8 + 0·9 + 1·4 + 0·5 + 0·2 = 84 = 7·11 + 7 → 4;
        // 0·5 + 1·4 + 0·3 + 1·2 + 9·7 + 0·6 + 1·5 + 0·4 + 0·3 + 4·2 = 82 = 7·11 + 5 → 6
        assertThat(Mod11.checkDigit("010190100", Mod11.NATIONAL_ID_FIRST)).hasValue(4);
        assertThat(Mod11.checkDigit("0101901004", Mod11.NATIONAL_ID_SECOND)).hasValue(6);
        assertThat(NationalId.withCheckDigits("010190100")).contains("01019010046");
    }

    @Test
    void aNationalIdWhoseFirstRemainderIsOneHasNoCheckDigits() {
        assertThat(NationalId.withCheckDigits("010190108")).isEmpty();
    }

    @Test
    void tooFewDigitsAreAProgrammingError() {
        assertThatThrownBy(() -> Mod11.checkDigit("1234", Mod11.ORG_NUMBER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NationalId.withCheckDigits("01019010"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
