package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hostile-input property fails when its valid requests do not get through (issue 19). */
class HostileInputThroughTest {

    @Test
    void fewerThanATenthOfTheValidRequestsSucceedingFailsTheProperty() {
        assertThat(HostileInput.validThrough(100, 0)).contains("0 of its 100");
        assertThat(HostileInput.validThrough(100, 9)).contains("9 of its 100");
        assertThat(HostileInput.validThrough(0, 0)).isNotNull();
    }

    @Test
    void aTenthOrMoreSucceedingPasses() {
        assertThat(HostileInput.validThrough(100, 10)).isNull();
        assertThat(HostileInput.validThrough(33, 4)).isNull();
    }
}
