package az.balans.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProblemExceptionMappersTest {

    @Test
    void invalidBodyNamesEveryFieldAtFaultAsTheCallerWroteIt() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"number":"","amount":{"value":"0.00","currency":"AZN"},"paymentMethods":["cash",""]}""")
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("violations.field", hasItems("number", "amount.value", "paymentMethods[1]"))
                .body("detail", containsString("amount.value"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().when().get("/probe/pages?limit=1000")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"number\": ")
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The request body is not valid JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"number":"0501234567","amount":{"value":"ten","currency":"AZN"},"paymentMethods":["cash"]}""")
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("amount.value"));
    }

    @ParameterizedTest
    @CsvSource({"not-found,404,Not Found,No carrier with id 'kcell'", "stale,412,Precondition Failed,The carrier 'nar' has changed: read it again",
            "conflict,409,Conflict,A carrier with id 'nar' already exists", "away,503,Service Unavailable,The catalog could not be read",
            "rule,400,Bad Request,The carrier breaks a catalog rule"})
    void aServicesRefusalIsAProblemOfItsKindWithItsWords(String kind, int status, String title, String detail) {
        given().when().get("/probe/refusals/{kind}", kind)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("title", equalTo(title))
                .body("detail", equalTo(detail))
                .body("instance", nullValue());
    }

    @Test
    void serverErrorHidesInternalsAndGivesAnIdToQuote() {
        given().when().get("/probe/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Internal Server Error"))
                .body("instance", startsWith("urn:uuid:"))
                .body(allOf(not(containsString("hunter2")), not(containsString("db-internal")),
                        not(containsString("IllegalStateException")), not(containsString("at az.balans"))));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().delete("/probe/failure")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        given().contentType(ContentType.XML).body("<topUp/>")
                .when().post("/probe/top-ups")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aNulInThePathOrQueryIsRefusedBeforeAnyEndpointNamingWhere() {
        given().urlEncodingEnabled(false).when().get("/probe/pages/%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get("/probe/pages?limit=1%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", startsWith("holds a control character"));
    }

    @Test
    void aPercentEscapeThatIsNotUtf8IsRefused() {
        given().urlEncodingEnabled(false).when().get("/probe/pages?limit=%FF")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("not UTF-8"));
    }

    @Test
    void oversizedHeadersAndUrisAreProblemsWithTheirOwnStatus() {
        given().header("X-Padding", "x".repeat(20_000)).when().get("/probe/pages")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
        given().when().get("/probe/pages?padding=" + "x".repeat(5_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void aNulInsideABodyFieldNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"number":"050\\u00001234567","amount":{"value":"1.00","currency":"AZN"},"paymentMethods":["cash"]}""")
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("number"))
                .body("violations[0].message", equalTo("holds a control character"));
    }

    @Test
    void jsonNestedTooDeepOrOfTheWrongShapeSaysSoWithoutJavaNames() {
        given().contentType(ContentType.JSON).body("[".repeat(3000) + "]".repeat(3000))
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", allOf(not(containsString("Constraints")), not(containsString("az.balans"))));
        given().contentType(ContentType.JSON).body("[1]")
                .when().post("/probe/top-ups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", allOf(startsWith("The request body is not the JSON this endpoint takes"), not(containsString("az.balans"))));
    }

    @Test
    void aFormWithAMalformedEscapeIsABadRequest() {
        given().contentType("application/x-www-form-urlencoded").body("number=%")
                .when().post("/probe/form")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("malformed percent-escape"));
    }
}
