package no.legekontor.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import no.legekontor.support.input.StrictJsonTest;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

    enum Outcome { APPROVED, REJECTED }

    record Line(UUID id, Outcome outcome) {
    }

    record Request(String body, List<Line> lines, Integer grade) {
    }

    final ObjectMapper mapper = StrictJsonTest.strict();

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPathWithTheTypeItNeeds() {
        InvalidInput error = fieldError("{\"lines\":[{\"id\":\"" + UUID.randomUUID() + "\"},{\"id\":\"nei\"}]}");
        assertThat(error.field()).isEqualTo("lines[1].id");
        assertThat(error.reason()).isEqualTo("uuid");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        InvalidInput error = fieldError("{\"lines\":[{\"outcome\":\"KANSKJE\"}]}");
        assertThat(error.field()).isEqualTo("lines[0].outcome");
        assertThat(error.reason()).isEqualTo("one-of");
        assertThat(error.args()).containsExactly("APPROVED, REJECTED");
    }

    @Test
    void aNumberTooLargeForItsFieldIsOutOfRange() {
        InvalidInput error = fieldError("{\"grade\":99999999999999999999}");
        assertThat(error.field()).isEqualTo("grade");
        assertThat(error.reason()).isEqualTo("number-out-of-range");
    }

    @Test
    void aBodyThatIsNotAnObjectNamesNoField() {
        assertThat(UnreadableBody.fieldError(failure("[{\"body\":\"x\"}]"))).isNull();
    }

    private InvalidInput fieldError(String json) {
        InvalidInput error = UnreadableBody.fieldError(failure(json));
        assertThat(error).as(json).isNotNull();
        return error;
    }

    private JsonMappingException failure(String json) {
        return catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Request.class));
    }
}
