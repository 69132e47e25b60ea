package no.legekontor.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

public class StrictJsonTest {

    enum Level { BASIS, FULL }

    record Request(String subject, Boolean acceptFee, Integer grade, Level level) {
    }

    final ObjectMapper mapper = strict();

    /** A plain ObjectMapper as the services' StrictJson customizes it; UnreadableBodyTest reads with it too. */
    public static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void valuesOfTheDeclaredTypesAreRead() throws Exception {
        Request request = mapper.readValue("{\"subject\":\"æøå\\tlinje\\nto\",\"acceptFee\":true,\"grade\":50,"
                + "\"level\":\"FULL\"}", Request.class);
        assertThat(request).isEqualTo(new Request("æøå\tlinje\nto", true, 50, Level.FULL));
    }

    @Test
    void aNumberForTextABooleanAsTextAFractionForAWholeNumberAndAnEnumByIndexAreRefused() {
        for (String json : new String[] {"{\"subject\":12}", "{\"subject\":true}", "{\"acceptFee\":\"true\"}",
                "{\"acceptFee\":1}", "{\"grade\":50.7}", "{\"grade\":\"50\"}", "{\"level\":1}"}) {
            assertThatThrownBy(() -> mapper.readValue(json, Request.class)).as(json)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void textWithAControlCharacterIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> mapper.readValue("{\"subject\":\"hemmelig\\u0000\"}", Request.class))
                .isInstanceOf(ControlCharacters.Refused.class)
                .message().doesNotContain("hemmelig");
    }

    @Test
    void datesAreTakenInTheYears1900To2199() {
        assertThat(PlausibleDates.plausible(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDates.plausible(LocalDate.of(2199, 12, 31))).isTrue();
        assertThat(PlausibleDates.plausible(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(PlausibleDates.plausible(LocalDate.MAX)).isFalse();
        assertThat(PlausibleDates.plausible(OffsetDateTime.MIN)).isFalse();
        assertThat(PlausibleDates.plausible(java.time.Instant.MAX)).isFalse();
    }
}
