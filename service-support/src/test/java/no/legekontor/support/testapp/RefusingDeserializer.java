package no.legekontor.support.testapp;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A value deserializer that fails on a value beginning with {@value #REFUSED}: the Kafka connector
 * then stops the channel for good, outside any code of ours (ChannelFailureTest).
 */
public class RefusingDeserializer extends ByteArrayDeserializer {

    public static final String REFUSED = "refused:";

    @Override
    public byte[] deserialize(String topic, byte[] data) {
        if (data != null && new String(data, StandardCharsets.UTF_8).startsWith(REFUSED)) {
            throw new SerializationException("refused by the test");
        }
        return data;
    }
}
