package az.balans.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * No text field of a request body may hold a control character other than tab, line feed and
 * carriage return: PostgreSQL cannot store a NUL at all, and the others have no place in a name, an
 * id or a code. Refused while the body is read, so the answer names the field.
 */
@Singleton
public class ControlCharacterGuard implements ObjectMapperCustomizer {

    static final String MESSAGE = "holds a control character";

    @Override
    public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("balans-control-characters")
                        .addDeserializer(String.class, new GuardedStrings()));
    }

    private static final class GuardedStrings extends StdScalarDeserializer<String> {

        GuardedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                        throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
                    }
                }
            }
            return value;
        }
    }
}
