package az.balans.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * A public operation says so: {@code security: []}, where Quarkus writes nothing for an operation
 * without roles. A linter (redocly's security-defined) and a generated client then read every
 * operation's requirement from the document, and no public one is mistaken for a forgotten one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicOperationsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().stream()
                    .filter(operation -> operation.getSecurity() == null)
                    .forEach(operation -> operation.setSecurity(new ArrayList<>()));
        }
    }
}
