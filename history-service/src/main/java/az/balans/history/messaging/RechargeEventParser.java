package az.balans.history.messaging;

import az.balans.history.repository.EventKind;
import az.balans.history.repository.ReceivedEvent;
import az.balans.platform.number.MobileNumbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a record on recharge-events can be accepted: UTF-8 JSON, valid against the
 * published JSON Schema (contract/recharge-event.schema.json, the one the tests hold the examples
 * to), and a number that libphonenumber accepts as an Azerbaijani mobile one.
 */
@ApplicationScoped
public class RechargeEventParser {

    /** Either an event to store or the reason it cannot be. */
    public record Outcome(ReceivedEvent event, String rejection) {
        static Outcome rejected(String reason) {
            return new Outcome(null, reason);
        }
    }

    private final ObjectMapper json;
    private final JsonSchema schema;

    RechargeEventParser(ObjectMapper json) {
        this.json = json;
        try (InputStream in =
                RechargeEventParser.class.getResourceAsStream(
                        "/contract/recharge-event.schema.json")) {
            this.schema =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the recharge event schema is missing", e);
        }
    }

    public Outcome parse(byte[] value) {
        if (value == null || value.length == 0) {
            return Outcome.rejected("empty record");
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(value))
                            .toString();
        } catch (CharacterCodingException e) {
            return Outcome.rejected("not UTF-8 text");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return Outcome.rejected("not JSON: " + e.getOriginalMessage());
        }
        if (holdsNul(node)) {
            return Outcome.rejected("a NUL character (\\u0000), which PostgreSQL cannot store");
        }
        Set<ValidationMessage> violations = schema.validate(node);
        if (!violations.isEmpty()) {
            return Outcome.rejected(
                    "schema: "
                            + violations.stream()
                                    .map(ValidationMessage::getMessage)
                                    .sorted(Comparator.naturalOrder())
                                    .collect(Collectors.joining("; ")));
        }
        JsonNode data = node.get("data");
        Optional<String> msisdn = MobileNumbers.e164Of(data.get("msisdn").asText());
        if (msisdn.isEmpty()) {
            return Outcome.rejected("data.msisdn is not an Azerbaijani mobile number");
        }
        return new Outcome(
                new ReceivedEvent(
                        node.get("id").asText(),
                        EventKind.ofType(node.get("type").asText()),
                        node.get("source").asText(),
                        OffsetDateTime.parse(node.get("time").asText()).toInstant(),
                        data.get("attemptId").asText(),
                        msisdn.get(),
                        data.get("carrier").asText(),
                        data.get("channelId").asText(),
                        data.get("paymentMethod").asText(),
                        new BigDecimal(data.get("amount").asText()),
                        data.get("currency").asText(),
                        textOrNull(data, "failureCode"),
                        textOrNull(data, "failureDetail"),
                        text),
                null);
    }

    /** PostgreSQL's text and jsonb hold no U+0000, in a value or a field name, at any depth. */
    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0;
        }
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().indexOf('\0') >= 0 || holdsNul(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (holdsNul(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
