package no.legekontor.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Org numbers with a computed check digit (jqwik; the examples are in {@link OrgNumberTest}). */
class OrgNumberPropertiesTest {

    @Provide
    Arbitrary<String> validOrgNumbers() {
        return Arbitraries.integers().between(0, 99_999_999)
                .map(n -> String.format("%08d", n))
                .map(OrgNumberPropertiesTest::withCheckDigit)
                .filter(value -> value != null);
    }

    /** Completed by {@link Mod11}, whose hand-worked cases are in {@code Mod11Test}; null for remainder 1. */
    private static String withCheckDigit(String firstEight) {
        return OrgNumber.withCheckDigit(firstEight).map(OrgNumber::value).orElse(null);
    }

    @Property
    void numbersWithAComputedCheckDigitAreValid(@ForAll("validOrgNumbers") String value) {
        assertThat(OrgNumber.parse(value).value()).isEqualTo(value);
    }

    @Property
    void changingAnySingleDigitMakesAValidOrgNumberInvalid(@ForAll("validOrgNumbers") String value,
            @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = value.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(OrgNumber.isValid(new String(digits))).isFalse();
    }
}
