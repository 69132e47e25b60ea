package no.legekontor.shared.identity;

import static no.legekontor.shared.identity.NationalIdTest.EMMA;
import static no.legekontor.shared.identity.NationalIdTest.JONAS;
import static no.legekontor.shared.identity.NationalIdTest.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Age, and the sixteenth birthday it agrees with (the portal's age rules count from the birth date). */
class NationalIdAgeTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void jonasTurnedSixteenOn18June2025() {
        NationalId jonas = NationalId.parse(JONAS);

        assertThat(jonas.birthDate().plusYears(16)).isEqualTo(date("2025-06-18"));
        assertThat(jonas.ageOn(date("2025-06-17"))).isEqualTo(15);
        assertThat(jonas.ageOn(date("2025-06-18"))).isEqualTo(16);
    }

    @Test
    void emmaTurnsSixteenOn9May2032() {
        NationalId emma = NationalId.parse(EMMA);

        assertThat(emma.birthDate().plusYears(16)).isEqualTo(date("2032-05-09"));
        assertThat(emma.ageOn(date("2032-05-08"))).isEqualTo(15);
        assertThat(emma.ageOn(date("2032-05-09"))).isEqualTo(16);
    }

    @Test
    void ageIsZeroOnTheBirthDateAndUndefinedBefore() {
        NationalId kari = NationalId.parse(KARI);

        assertThat(kari.ageOn(date("1985-03-14"))).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> kari.ageOn(date("1985-03-13")));
    }

    @Test
    void bornOn29FebruaryHasTheBirthdayOn28FebruaryInCommonYears() {
        NationalId leapling = NationalId.parse(NationalIds.firstValid(29, 2, 8, 500)); // 29 Feb 2008

        assertThat(leapling.ageOn(date("2009-02-27"))).isZero();
        assertThat(leapling.ageOn(date("2009-02-28"))).isEqualTo(1);
        assertThat(leapling.ageOn(date("2009-03-01"))).isEqualTo(1);
    }

    @Test
    void bornOn29FebruaryTurnsSixteenOn29FebruarySixteenYearsLater() {
        // 16 is a multiple of 4, so the sixteenth birthday is a leap year too (outside 1900/2100)
        NationalId leapling = NationalId.parse(NationalIds.firstValid(29, 2, 8, 500)); // 29 Feb 2008

        assertThat(leapling.birthDate().plusYears(16)).isEqualTo(date("2024-02-29"));
        assertThat(leapling.ageOn(date("2024-02-28"))).isEqualTo(15);
        assertThat(leapling.ageOn(date("2024-02-29"))).isEqualTo(16);
    }

    @Test
    void bornOn29February1884TurnedSixteenOn28February1900() {
        // 1900 had no 29 February: the day before 1 March counts, as everywhere in this class
        NationalId leapling = NationalId.parse(NationalIds.firstValid(29, 2, 84, 500));

        assertThat(leapling.birthDate()).isEqualTo(date("1884-02-29"));
        assertThat(leapling.birthDate().plusYears(16)).isEqualTo(date("1900-02-28"));
        assertThat(leapling.ageOn(date("1900-02-27"))).isEqualTo(15);
        assertThat(leapling.ageOn(date("1900-02-28"))).isEqualTo(16);
    }
}
