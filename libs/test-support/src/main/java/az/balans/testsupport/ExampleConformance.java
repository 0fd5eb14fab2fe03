package az.balans.testsupport;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an API document's examples say what its schemas say: every field an example shows is one
 * the schema declares, every required field is there, lists are lists, and text, numbers and
 * true/false are where the schema puts them. Not a full JSON Schema validator: enough that an
 * example cannot drift from the DTO it shows without a test saying so.
 */
final class ExampleConformance {

    private final OpenAPI api;

    ExampleConformance(OpenAPI api) {
        this.api = api;
    }

    /** The examples a body shows: its {@code example}, or each of its named {@code examples}. */
    static List<Object> examplesOf(MediaType media) {
        List<Object> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(media.getExample());
        }
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(example -> examples.add(example.getValue()));
        }
        return examples;
    }

    /** @return where {@code example} departs from {@code schema}, each prefixed by {@code where} */
    List<String> faults(Object example, Schema<?> schema, String where) {
        List<String> faults = new ArrayList<>();
        check(Json.mapper().convertValue(example, Object.class), schema, where, faults, 0);
        return faults;
    }

    @SuppressWarnings("unchecked")
    private void check(
            Object value, Schema<?> schema, String where, List<String> faults, int depth) {
        schema = resolved(schema);
        if (schema == null || depth > 20) {
            return;
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            // fits when it fits one of them (a nullable reference is anyOf: the reference, or null)
            List<List<String>> tries = new ArrayList<>();
            for (Schema<?> alternative : schema.getAnyOf()) {
                List<String> faultsOfThisOne = new ArrayList<>();
                check(value, alternative, where, faultsOfThisOne, depth + 1);
                if (faultsOfThisOne.isEmpty()) {
                    return;
                }
                tries.add(faultsOfThisOne);
            }
            faults.addAll(tries.get(0));
            return;
        }
        Set<String> types = types(schema);
        if (value == null) {
            if (!types.isEmpty()
                    && !types.contains("null")
                    && !Boolean.TRUE.equals(schema.getNullable())) {
                faults.add(where + ": null where the schema does not allow it");
            }
            return;
        }
        if (value instanceof Map<?, ?> object) {
            if (!types.isEmpty() && !types.contains("object")) {
                faults.add(where + ": an object where the schema says " + types);
                return;
            }
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                for (Map.Entry<String, Object> field : ((Map<String, Object>) object).entrySet()) {
                    Schema<?> property = properties.get(field.getKey());
                    if (property == null) {
                        faults.add(where + "." + field.getKey() + ": not a field of the schema");
                    } else {
                        check(
                                field.getValue(),
                                property,
                                where + "." + field.getKey(),
                                faults,
                                depth + 1);
                    }
                }
            } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                object.forEach(
                        (key, item) -> check(item, values, where + "." + key, faults, depth + 1));
            }
            if (schema.getRequired() != null) {
                schema.getRequired().stream()
                        .filter(name -> !object.containsKey(name))
                        .forEach(
                                name -> faults.add(where + "." + name + ": required, and missing"));
            }
        } else if (value instanceof List<?> list) {
            if (!types.isEmpty() && !types.contains("array")) {
                faults.add(where + ": a list where the schema says " + types);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), schema.getItems(), where + "[" + i + "]", faults, depth + 1);
            }
        } else if (!types.isEmpty()) {
            String kind =
                    value instanceof String
                            ? "string"
                            : value instanceof Boolean
                                    ? "boolean"
                                    : value instanceof Number number
                                                    && number.doubleValue()
                                                            == Math.rint(number.doubleValue())
                                            ? "integer"
                                            : "number";
            boolean fits =
                    types.contains(kind) || (kind.equals("integer") && types.contains("number"));
            if (!fits) {
                faults.add(where + ": " + kind + " " + value + " where the schema says " + types);
            } else if (schema.getEnum() != null
                    && !schema.getEnum().isEmpty()
                    && !schema.getEnum().contains(value)) {
                faults.add(where + ": " + value + " is not one of " + schema.getEnum());
            }
        }
    }

    private Schema<?> resolved(Schema<?> schema) {
        int hops = 0;
        while (schema != null && schema.get$ref() != null && hops++ < 10) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            schema = api.getComponents().getSchemas().get(name);
        }
        if (schema != null
                && schema.getAllOf() != null
                && schema.getAllOf().size() == 1
                && schema.getProperties() == null) {
            return resolved(schema.getAllOf().get(0));
        }
        return schema;
    }

    private static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }
}
