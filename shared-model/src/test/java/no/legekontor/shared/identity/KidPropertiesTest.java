package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The KID's MOD10 check digit over generated reference numbers (jqwik; the examples are in {@link KidTest}). */
class KidPropertiesTest {

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
