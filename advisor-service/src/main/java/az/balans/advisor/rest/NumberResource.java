package az.balans.advisor.rest;

import az.balans.advisor.i18n.Language;
import az.balans.advisor.mapping.AdviceMapper;
import az.balans.advisor.number.NumberService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "numbers",
        description = "What a number is: its forms, validity, range holder and serving carrier")
public class NumberResource {

    private final NumberService numbers;

    NumberResource(NumberService numbers) {
        this.numbers = numbers;
    }

    /** An invalid number is an answer (valid false, with the reason), not an error: that is what the person asked. */
    @GET
    @Path("/{input}")
    @Operation(
            operationId = "lookUpNumber",
            summary =
                    "A number as typed: E.164, national form, validity with the reason, range holder, serving carrier and its source")
    public NumberLookup lookup(
            @PathParam("input") String input,
            @QueryParam("language") String language,
            @Context HttpHeaders headers) {
        return AdviceMapper.toLookup(
                numbers.lookup(input, Language.choose(language, headers.getAcceptableLanguages())));
    }
}
