package az.balans.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every Balans API document describes its errors as they are answered: RFC 9457 problem+json, with
 * the Problem schema, on every 4xx and 5xx an operation can give. Added to each operation: 400
 * (bad input, each field named), 500 (an id to quote); 401 and 403 where it needs a token; 404 where
 * its path names something; 412 and 428 where it takes If-Match; 413 where it takes a body. Errors an
 * operation declares itself keep their description and get the problem content, and every one of
 * them an example of the problem as it is answered.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                describeErrors(path.getKey(), entry.getKey(), entry.getValue());
            }
        }
    }

    private static void describeErrors(
            String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(
                responses,
                "400",
                "The request is invalid: the problem's violations name each field at fault");
        add(
                responses,
                "500",
                "An unexpected error: the problem's instance is an id to quote, nothing else is told");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The token does not carry the role this needs");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing with that id, or nothing the caller may see");
        }
        if (takesIfMatch(operation)) {
            add(
                    responses,
                    "412",
                    "If-Match names a version that is no longer the current one: read it again");
            add(responses, "428", "If-Match is missing: send the ETag of the version read");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the service takes");
        }
        if (responses.getAPIResponses() != null) {
            responses
                    .getAPIResponses()
                    .forEach(
                            (code, response) -> {
                                if ((code.startsWith("4") || code.startsWith("5"))
                                        && response.getRef() == null) {
                                    response.setContent(
                                            problemContent(code, response.getDescription()));
                                }
                            });
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(
                                parameter ->
                                        parameter.getIn() == Parameter.In.HEADER
                                                && "If-Match"
                                                        .equalsIgnoreCase(parameter.getName()));
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent(String code, String description) {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                                .example(problemExample(Integer.parseInt(code), description)));
    }

    /** The problem as the mappers answer it: about:blank, the status's reason, a detail; violations on 400, an id on 500. */
    static Map<String, Object> problemExample(int status, String description) {
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", reason == null ? "Error" : reason.getReasonPhrase());
        example.put("status", status);
        if (status == 400) {
            example.put("detail", "The request is invalid");
            // ordered, as every map here: the committed API documents must come out the same each
            // build
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("field", "amount.value");
            violation.put("message", "must be a decimal string such as \"10.00\"");
            example.put("violations", List.of(violation));
        } else if (status == 500) {
            example.put(
                    "detail",
                    "The server could not complete the request. Quote urn:uuid:8f3c1a52-0b7e-4d55-9a41-6f0d2c7e9b13 when reporting it.");
            example.put("instance", "urn:uuid:8f3c1a52-0b7e-4d55-9a41-6f0d2c7e9b13");
        } else {
            example.put("detail", description == null ? reason.getReasonPhrase() : description);
        }
        return example;
    }

    private static Schema problemSchema() {
        Schema violation =
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.OBJECT))
                        .addProperty(
                                "field",
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.STRING))
                                        .description(
                                                "The field at fault, as the request names it (amount.value, paymentMethods[0])"))
                        .addProperty(
                                "message",
                                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty(
                        "title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                        "status",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty(
                        "detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .items(violation))
                .required(List.of("title", "status"));
    }
}
