package no.legekontor.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Text with a control character other than tab, line feed and carriage return is refused where
 * JSON is read. PostgreSQL cannot store the NUL character at all (a body with one was a 500), and
 * the others have no place in a message, a name or an id.
 */
public class ControlCharacters extends StringDeserializer {

    /** The text of a field had a control character; the message never quotes the text. */
    public static class Refused extends MismatchedInputException {
        Refused(JsonParser parser) {
            super(parser, "text with a control character", String.class);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && hasControlCharacter(text)) {
            throw new Refused(parser);
        }
        return text;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
