package az.balans.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * A time or date in a request body has a four-digit year, as RFC 3339 writes one. Java reads years
 * up to a billion, and such an instant breaks whatever works with it next (a time zone, the
 * database); it is refused while the body is read, so the answer names the field.
 */
@Singleton
public class FourDigitYears implements ObjectMapperCustomizer {

    static final String MESSAGE = "must have a four-digit year (0001 to 9999)";
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * An instant given as a query parameter, read by the same rule as one in a body.
     *
     * @return {@code null} when the parameter is absent
     * @throws InvalidFieldException naming the parameter, when it is not an RFC 3339 instant with a four-digit year
     */
    public static Instant instantParameter(String name, String value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(
                    name, "must be an instant such as 2027-03-20T12:00:00Z");
        }
        if (!fourDigitYear(instant)) {
            throw new InvalidFieldException(name, MESSAGE);
        }
        return instant;
    }

    /** After Quarkus's own customizers, so these readers take the place of the ones they wrap. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("balans-four-digit-years")
                        .addDeserializer(
                                Instant.class,
                                new Bounded<>(
                                        Instant.class,
                                        InstantDeserializer.INSTANT,
                                        FourDigitYears::fourDigitYear))
                        .addDeserializer(
                                LocalDate.class,
                                new Bounded<>(
                                        LocalDate.class,
                                        LocalDateDeserializer.INSTANCE,
                                        date -> date.getYear() >= 1 && date.getYear() <= 9999)));
    }

    private static boolean fourDigitYear(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }

    private static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> reader;
        private final transient Predicate<T> fourDigitYear;

        Bounded(Class<T> type, JsonDeserializer<T> reader, Predicate<T> fourDigitYear) {
            super(type);
            this.reader = reader;
            this.fourDigitYear = fourDigitYear;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            T value = reader.deserialize(parser, context);
            if (value != null && !fourDigitYear.test(value)) {
                throw InvalidFormatException.from(parser, MESSAGE, text, handledType());
            }
            return value;
        }
    }
}
