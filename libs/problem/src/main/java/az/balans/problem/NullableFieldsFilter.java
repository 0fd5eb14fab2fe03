package az.balans.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The documents say what the wire carries: Balans writes a value it does not have as {@code null}
 * (a carrier's retiredOn, an attempt's failureCode, a lookup's problem), so every field a schema
 * does not require is declared nullable, and a generated client types it so. Found by the
 * examples, which are real answers: without this, they did not fit their own schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableFieldsFilter implements OASFilter {

    private static final Schema NULL =
            OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (!required.contains(property.getKey())) {
                    schema.addProperty(property.getKey(), nullable(property.getValue()));
                }
            }
        }
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().anyOf(List.of(property, NULL));
        }
        List<Schema.SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> withNull = new ArrayList<>(types);
            withNull.add(Schema.SchemaType.NULL);
            property.setType(withNull);
        }
        return property;
    }
}
