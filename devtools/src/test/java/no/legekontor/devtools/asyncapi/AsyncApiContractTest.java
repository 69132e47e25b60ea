package no.legekontor.devtools.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.legekontor.shared.event.EventType;
import org.junit.jupiter.api.Test;

/**
 * The committed AsyncAPI document is what shared-model's event records describe: a change to an
 * event must change {@code asyncapi/portal-events.yaml} in the same commit (the build rewrites it,
 * {@code ./portal build}). The gateway and clinic systems read the committed file.
 */
class AsyncApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void committedDocumentIsWhatTheEventRecordsDescribe() throws Exception {
        Path committed = ROOT.resolve(AsyncApiDocument.COMMITTED);
        String described = AsyncApiDocument.yaml(ROOT);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "asyncapi-described.yaml"), described);
        assertThat(committed).as("%s is not committed: run ./portal build and commit it", committed).exists();
        // Compared as documents, and without printing both: the diff names what changed.
        assertThat(YAML.readTree(Files.readString(committed)).equals(YAML.readTree(described)))
                .withFailMessage("%s is out of date: run ./portal build and commit it (diff %s "
                        + "devtools/target/asyncapi-described.yaml)", committed, AsyncApiDocument.COMMITTED)
                .isTrue();
    }

    @Test
    void everyEventTypeIsAMessageOfExactlyOneTopic() {
        List<EventType> described = Arrays.stream(AsyncApiDocument.Channel.values())
                .flatMap(channel -> channel.events.stream()).toList();
        assertThat(described).containsExactlyInAnyOrder(EventType.values());
        JsonNode messages = AsyncApiDocument.document(ROOT).path("components").path("messages");
        assertThat(messages.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(Stream.concat(
                Arrays.stream(EventType.values()).map(EventType::wireName), Stream.of(AsyncApiDocument.DEAD_LETTER))
                .toList());
    }

    @Test
    void aPayloadsSchemaIsGeneratedFromItsRecordWithEveryComponentNotMarkedNullableRequired() {
        JsonNode schemas = AsyncApiDocument.document(ROOT).path("components").path("schemas");
        JsonNode submitted = schemas.path("RequestSubmitted");
        assertThat(submitted.path("properties").fieldNames()).toIterable().startsWith("conversationId", "requestType")
                .contains("possiblyUrgent", "prescription", "sickNote");
        assertThat(submitted.path("required")).extracting(JsonNode::asText).contains("conversationId", "body",
                "possiblyUrgent").doesNotContain("fee", "targetBy", "prescription", "sickNote");
        assertThat(submitted.path("properties").path("targetBy").path("type")).extracting(JsonNode::asText)
                .containsExactly("string", "null");
        assertThat(submitted.path("properties").path("conversationId").path("format").asText()).isEqualTo("uuid");
        assertThat(submitted.path("properties").path("possiblyUrgent").path("type").asText()).isEqualTo("boolean");
        assertThat(submitted.path("properties").path("requestType").toString())
                .contains("\"$ref\":\"#/components/schemas/RequestType\"").contains("what is asked for");
        assertThat(schemas.path("RequestType").path("enum")).extracting(JsonNode::asText)
                .containsExactly("E_CONSULTATION", "OFFICE_MESSAGE", "PRESCRIPTION_RENEWAL", "SICK_LEAVE_EXTENSION");
        assertThat(schemas.path("RequestSubmitted.Person").path("properties").path("birthDate").toString())
                .contains("\"date\"");
        assertThat(submitted.path("description").asText()).startsWith("A patient's request, accepted and committed");
        assertThat(submitted.path("properties").path("fee").toString())
                .contains("the fee the patient accepted, or null when none applies");
        assertThat(schemas.path("EventEnvelope").path("properties").path("id").path("type").asText())
                .as("a field not marked @Nullable is never null").isEqualTo("string");
    }
}
