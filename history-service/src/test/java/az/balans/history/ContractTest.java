package az.balans.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The published contract holds together: each example passes the schema, and what breaks it fails. */
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            ContractTest.class.getResourceAsStream(
                                    "/contract/recharge-event.schema.json"));

    @Test
    void oneExampleOfEachTypePassesTheSchema() throws Exception {
        for (String type : List.of("requested", "succeeded", "failed", "reversed")) {
            JsonNode example = read("/contract/examples/" + type + ".json");
            assertEquals("az.balans.recharge." + type, example.get("type").asText());
            assertEquals(
                    List.of(),
                    SCHEMA.validate(example).stream().map(Object::toString).toList(),
                    type);
        }
    }

    @Test
    void whatBreaksTheContractFailsTheSchema() throws Exception {
        ObjectNode failed = (ObjectNode) read("/contract/examples/failed.json");
        ((ObjectNode) failed.get("data")).remove("failureCode");
        assertFalse(SCHEMA.validate(failed).isEmpty(), "a failed event names its failure");

        ObjectNode floatAmount = (ObjectNode) read("/contract/examples/requested.json");
        ((ObjectNode) floatAmount.get("data")).put("amount", 10.5);
        assertFalse(SCHEMA.validate(floatAmount).isEmpty(), "amounts are decimal strings");

        ObjectNode noTimezone = (ObjectNode) read("/contract/examples/requested.json");
        noTimezone.put("time", "2026-11-25T08:00:00");
        assertFalse(SCHEMA.validate(noTimezone).isEmpty(), "times carry an offset");
    }

    @Test
    void theAsyncApiDocumentNamesBothTopicsAndEveryFileItRefersToExists() throws Exception {
        String asyncApi;
        try (InputStream in =
                ContractTest.class.getResourceAsStream("/contract/recharge-events.asyncapi.yaml")) {
            assertNotNull(in);
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(asyncApi.startsWith("asyncapi: 3.0.0"));
        assertTrue(
                asyncApi.contains("address: recharge-events\n")
                        && asyncApi.contains("address: recharge-events-dlq\n"));
        // the state rule the consumer is held to (RechargeEventConsumerTest), as partners read it
        assertTrue(
                asyncApi.contains("requested < failed < succeeded < reversed"),
                "the AsyncAPI document states the attempt state rule");
        Matcher reference = Pattern.compile("\\$ref: '\\./([^']+)'").matcher(asyncApi);
        int files = 0;
        while (reference.find()) {
            assertNotNull(
                    ContractTest.class.getResource("/contract/" + reference.group(1)),
                    reference.group(1));
            files++;
        }
        assertEquals(5, files, "the schema and four examples");
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = ContractTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
