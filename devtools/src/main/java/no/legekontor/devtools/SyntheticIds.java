package no.legekontor.devtools;

import java.time.LocalDate;
import java.util.Optional;
import no.legekontor.shared.identity.NationalId;

/**
 * Makes valid national ids that belong to no real person: synthetic ids (month + 80) and D-numbers
 * (day + 40), for tests and the benchmark. Both mod-11 check digits come from
 * {@link NationalId#withCheckDigits}; the individual
 * number is picked in the range that gives the birth year's century.
 */
public final class SyntheticIds {

    private SyntheticIds() {
    }

    /**
     * {@code ./portal national-id [--born YYYY-MM-DD]}: prints a synthetic id not printed before
     * (most likely: one of the ids of a random day of that year, or of 1990), for a new test person.
     */
    public static void main(String[] args) {
        LocalDate born = LocalDate.of(1990, 1, 1).plusDays(RANDOM.nextInt(365));
        if (args.length == 2 && args[0].equals("--born")) {
            born = LocalDate.parse(args[1]);
        } else if (args.length != 0) {
            System.err.println("usage: national-id [--born YYYY-MM-DD]");
            System.exit(2);
        }
        System.out.println(synthetic(born, RANDOM.nextInt(150)));
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The {@code n}-th (from 0) synthetic id of someone born on {@code birthDate}. */
    public static String synthetic(LocalDate birthDate, int n) {
        return make(birthDate.getDayOfMonth(), birthDate.getMonthValue() + 80, birthDate, n);
    }

    /** The {@code n}-th (from 0) D-number of someone born on {@code birthDate}. */
    public static String dNumber(LocalDate birthDate, int n) {
        return make(birthDate.getDayOfMonth() + 40, birthDate.getMonthValue(), birthDate, n);
    }

    private static String make(int day, int month, LocalDate birthDate, int n) {
        int year = birthDate.getYear();
        int low;
        int high;
        if (year >= 1900 && year <= 1999) {
            low = 0;
            high = 499;
        } else if (year >= 2000 && year <= 2039) {
            low = 500;
            high = 999;
        } else {
            throw new IllegalArgumentException("Birth years 1900-2039 only");
        }
        String prefix = String.format("%02d%02d%02d", day, month, year % 100);
        int found = 0;
        for (int individual = low; individual <= high; individual++) {
            Optional<String> id = NationalId.withCheckDigits(prefix + String.format("%03d", individual));
            if (id.isPresent() && found++ == n) {
                return id.get();
            }
        }
        throw new IllegalArgumentException("No " + n + "-th id for " + birthDate);
    }
}
