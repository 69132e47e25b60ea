package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.legekontor.shared.identity.NationalId;
import org.junit.jupiter.api.Test;

class SyntheticIdsTest {

    @Test
    void syntheticIdsAreValidAndCarryTheirBirthDate() {
        for (int n = 0; n < 50; n++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n * 397L);
            NationalId id = NationalId.parse(SyntheticIds.synthetic(born, n % 5));
            assertThat(id.birthDate()).isEqualTo(born);
            assertThat(id.isSynthetic()).isTrue();
        }
    }

    @Test
    void childBornOnLeapDayGetsAValidId() {
        NationalId id = NationalId.parse(SyntheticIds.synthetic(LocalDate.of(2012, 2, 29), 0));
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void dNumbersAreValidDNumbers() {
        NationalId id = NationalId.parse(SyntheticIds.dNumber(LocalDate.of(1988, 7, 14), 0));
        assertThat(id.isDNumber()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1988, 7, 14));
    }

    @Test
    void differentSerialsGiveDifferentIds() {
        LocalDate born = LocalDate.of(1990, 3, 3);
        assertThat(SyntheticIds.synthetic(born, 0)).isNotEqualTo(SyntheticIds.synthetic(born, 1));
    }
}
