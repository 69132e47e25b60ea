package no.legekontor.shared.identity;

import java.util.OptionalInt;

/**
 * The weighted modulus-11 check digit that Norwegian national ids (two of them) and organisation
 * numbers (one) end with: the digits times their weights, summed; the check digit is
 * {@code 11 - sum mod 11}, 0 for remainder 0, and no digit at all for remainder 1 (such numbers are
 * never issued). The one implementation; {@link NationalId}, {@link OrgNumber} and the tools that
 * make synthetic ids all use it.
 */
public final class Mod11 {

    /** The weights of a national id's first check digit (over digits 1-9). */
    public static final int[] NATIONAL_ID_FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    /** The weights of a national id's second check digit (over digits 1-10). */
    public static final int[] NATIONAL_ID_SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** The weights of an organisation number's check digit (over digits 1-8). */
    public static final int[] ORG_NUMBER = {3, 2, 7, 6, 5, 4, 3, 2};

    private Mod11() {
    }

    /**
     * The check digit over the first {@code weights.length} characters of {@code digits}, or empty
     * when the remainder is 1 and no digit can make the number valid.
     *
     * @param digits ASCII digits, at least as many as there are weights (the caller has checked them)
     */
    public static OptionalInt checkDigit(CharSequence digits, int[] weights) {
        if (digits.length() < weights.length) {
            throw new IllegalArgumentException(weights.length + " digits needed, got " + digits.length());
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(remainder == 0 ? 0 : 11 - remainder);
    }

    /** Whether the digit right after the weighted ones is their check digit. */
    static boolean holds(CharSequence digits, int[] weights) {
        OptionalInt expected = checkDigit(digits, weights);
        return expected.isPresent() && digits.charAt(weights.length) - '0' == expected.getAsInt();
    }
}
