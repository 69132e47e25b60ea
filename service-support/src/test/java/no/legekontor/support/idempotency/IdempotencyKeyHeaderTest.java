package no.legekontor.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.legekontor.support.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** How the Idempotency-Key header is read: the draft's quoted string or a bare value, bounded, printable. */
class IdempotencyKeyHeaderTest {

    @Test
    void aQuotedKeyAndTheBareKeyAreTheSameKey() {
        assertThat(IdempotencyInterceptor.keyOf("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""))
                .isEqualTo(IdempotencyInterceptor.keyOf("8e03978e-40d5-43e8-bc93-6894a57f9324"))
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    @Test
    void aKeyOfTheLongestLengthIsTakenAndOneLongerIsRefused() {
        assertThat(IdempotencyInterceptor.keyOf("k".repeat(IdempotencyInterceptor.MAX_LENGTH))).hasSize(255);
        assertThatThrownBy(() -> IdempotencyInterceptor.keyOf("k".repeat(IdempotencyInterceptor.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Idempotency-Key: idempotency-key");
    }

    @Test
    void anEmptyKeyOrOneWithAControlOrNonAsciiCharacterIsRefused() {
        for (String header : new String[] {"", "  ", "\"\"", "a\tb", "nøkkel"}) {
            assertThatThrownBy(() -> IdempotencyInterceptor.keyOf(header)).as(header).isInstanceOf(InvalidInput.class);
        }
    }
}
