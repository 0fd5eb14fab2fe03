package az.balans.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every request and response body in a Balans API document carries an example, so that a partner
 * reads what is sent and what comes back before writing a line. The examples are kept as JSON, one
 * per schema, in each service's {@code openapi-examples/<Schema>.json} (a body that is a list of a
 * schema gets a list of its example); an example an operation declares itself is kept. Each
 * service's tests check that no body is left without one and that every example fits its schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaExamplesFilter implements OASFilter {

    private static final String FOLDER = "openapi-examples/";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private final ObjectMapper json = new ObjectMapper();

    /** Each schema's example, read once: many bodies share a schema (every catalog list is a page of one). */
    private final Map<String, Optional<Object>> examples = new HashMap<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // each schema shows its example where it is defined, nested ones included
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents()
                    .getSchemas()
                    .forEach(
                            (name, schema) -> {
                                if (schema.getExample() == null) {
                                    examples.computeIfAbsent(name, this::read)
                                            .ifPresent(schema::setExample);
                                }
                            });
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    addExamples(operation.getRequestBody().getContent(), openAPI, true);
                }
                if (operation.getResponses() != null
                        && operation.getResponses().getAPIResponses() != null) {
                    operation
                            .getResponses()
                            .getAPIResponses()
                            .values()
                            .forEach(
                                    response -> addExamples(response.getContent(), openAPI, false));
                }
            }
        }
    }

    /** A request's example leaves out what the server sets (an id, a version): the schema marks those read-only. */
    private void addExamples(Content content, OpenAPI openAPI, boolean request) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            boolean hasOne =
                    media.getExample() != null
                            || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!hasOne) {
                Object example = exampleOf(media.getSchema());
                if (example != null) {
                    media.setExample(
                            request
                                    ? withoutReadOnly(example, media.getSchema(), openAPI)
                                    : example);
                }
            }
        }
    }

    private static Object withoutReadOnly(Object example, Schema schema, OpenAPI openAPI) {
        if (!(example instanceof Map<?, ?> fields)
                || schema.getRef() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return example;
        }
        Schema component =
                openAPI.getComponents()
                        .getSchemas()
                        .get(schema.getRef().substring(SCHEMA_REF.length()));
        if (component == null || component.getProperties() == null) {
            return example;
        }
        Map<Object, Object> writable = new LinkedHashMap<>(fields);
        component
                .getProperties()
                .forEach(
                        (name, property) -> {
                            if (readOnly(property)) {
                                writable.remove(name);
                            }
                        });
        return writable;
    }

    /** Read-only itself, or a nullable wrapper (anyOf the property and null) around a read-only one. */
    private static boolean readOnly(Schema property) {
        return Boolean.TRUE.equals(property.getReadOnly())
                || (property.getAnyOf() != null
                        && property.getAnyOf().stream()
                                .anyMatch(one -> Boolean.TRUE.equals(one.getReadOnly())));
    }

    private Object exampleOf(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
            return examples.computeIfAbsent(
                            schema.getRef().substring(SCHEMA_REF.length()), this::read)
                    .orElse(null);
        }
        if (schema.getItems() != null) {
            Object item = exampleOf(schema.getItems());
            return item == null ? null : List.of(item);
        }
        return null;
    }

    private Optional<Object> read(String schemaName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(FOLDER + schemaName + ".json")) {
            return in == null ? Optional.empty() : Optional.of(json.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the example " + FOLDER + schemaName + ".json is not JSON: " + e.getMessage(),
                    e);
        }
    }
}
