package az.balans.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ProblemExceptionMappersTest {

    @Test
    void invalidBodyNamesEveryFieldAtFaultAsTheCallerWroteIt() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"number":"","amount":{"value":"0.00","currency":"AZN"},"paymentMethods":["cash",""]}""")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("violations.field", hasItems("number", "amount.value", "paymentMethods[1]"))
                .body("detail", containsString("amount.value"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().when()
                .get("/probe/pages?limit=1000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"number\": ")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The request body is not valid JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"number":"0501234567","amount":{"value":"ten","currency":"AZN"},"paymentMethods":["cash"]}""")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("amount.value"));
    }

    @ParameterizedTest
    @CsvSource({
        "not-found,404,Not Found,No carrier with id 'kcell'",
        "stale,412,Precondition Failed,The carrier 'nar' has changed: read it again",
        "conflict,409,Conflict,A carrier with id 'nar' already exists",
        "away,503,Service Unavailable,The catalog could not be read",
        "away-for-a-while,503,Service Unavailable,The broker did not acknowledge the event",
        "unsigned,401,Unauthorized,The webhook's signature does not match its body",
        "rule,400,Bad Request,The carrier breaks a catalog rule"
    })
    void aServicesRefusalIsAProblemOfItsKindWithItsWords(
            String kind, int status, String title, String detail) {
        given().when()
                .get("/probe/refusals/{kind}", kind)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("title", equalTo(title))
                .body("detail", equalTo(detail))
                .body("instance", nullValue());
    }

    @Test
    void aRefusalThatKnowsHowLongSaysWhenToTryAgainAndHowToProve() {
        given().when()
                .get("/probe/refusals/away-for-a-while")
                .then()
                .statusCode(503)
                .header("Retry-After", "30");
        given().when()
                .get("/probe/refusals/away")
                .then()
                .statusCode(503)
                .header("Retry-After", nullValue());
        given().when()
                .get("/probe/refusals/unsigned")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"providers\"");
    }

    @Test
    void serverErrorHidesInternalsAndGivesAnIdToQuote() {
        given().when()
                .get("/probe/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Internal Server Error"))
                .body("instance", startsWith("urn:uuid:"))
                .body(
                        allOf(
                                not(containsString("hunter2")),
                                not(containsString("db-internal")),
                                not(containsString("IllegalStateException")),
                                not(containsString("at az.balans"))));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().when()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when()
                .delete("/probe/failure")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        given().contentType(ContentType.XML)
                .body("<topUp/>")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aNulInThePathOrQueryIsRefusedBeforeAnyEndpointNamingWhere() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/probe/pages/%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/probe/pages?limit=1%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", startsWith("holds a control character"));
    }

    @Test
    void aBarePercentSignIsAProblemNamingThePath() throws IOException {
        String answer = raw("GET /probe/pages/% HTTP/1.1\r\n\r\n");
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(
                answer,
                containsString(
                        "{\"field\":\"path\",\"message\":\"holds a malformed percent-escape"));
    }

    @Test
    void aParameterThatIsNotAWholeNumberIsA400NamingIt() {
        for (String value : List.of("abc", "1.5", "1e3")) {
            given().when()
                    .get("/probe/pages?limit=" + value)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("limit"))
                    .body("violations[0].message", equalTo("must be a whole number"));
        }
        given().when()
                .get("/probe/pages?limit=99999999999999999999")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body(
                        "violations[0].message",
                        equalTo("must be between -2147483648 and 2147483647"));
    }

    @Test
    void aTimeOrDateBeyondAFourDigitYearIsRefusedNamingTheField() {
        for (String at :
                List.of(
                        "+1000000000-12-31T23:59:59Z",
                        "-1000000000-01-01T00:00:00Z",
                        "+10000-01-01T00:00:00Z")) {
            given().contentType(ContentType.JSON)
                    .body("{\"at\":\"" + at + "\"}")
                    .when()
                    .post("/probe/appointments")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("at"))
                    .body(
                            "violations[0].message",
                            equalTo("must have a four-digit year (0001 to 9999)"));
        }
        given().contentType(ContentType.JSON)
                .body("{\"on\":\"+999999999-12-31\"}")
                .when()
                .post("/probe/appointments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("on"));
        given().contentType(ContentType.JSON)
                .body("{\"at\":\"9999-12-31T23:59:59Z\",\"on\":\"0001-01-01\"}")
                .when()
                .post("/probe/appointments")
                .then()
                .statusCode(200)
                .body("at", equalTo("9999-12-31T23:59:59Z"));
    }

    /** A streamed body (no length declared) that grows past the limit gets the same problem as a declared one. */
    @Test
    void anOversizedChunkedBodyIsA413ProblemAndASmallOneIsRead() throws IOException {
        String tooLarge =
                raw(
                        "POST /probe/top-ups HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + ("2000\r\n" + " ".repeat(0x2000) + "\r\n").repeat(40)
                                + "0\r\n\r\n");
        assertThat(tooLarge, startsWith("HTTP/1.1 413"));
        assertThat(tooLarge, containsString("application/problem+json"));
        assertThat(tooLarge, containsString("\"status\":413"));
        String body =
                "{\"number\":\"0501234567\",\"amount\":{\"value\":\"5\",\"currency\":\"AZN\"},\"paymentMethods\":[\"cash\"]}";
        String small =
                raw(
                        "POST /probe/top-ups HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(body.length())
                                + "\r\n"
                                + body
                                + "\r\n0\r\n\r\n");
        assertThat(small, startsWith("HTTP/1.1 200"));
        assertThat(small, containsString("0501234567"));
    }

    /** What no HTTP client library sends (a bare '%' in the target, a hand-made chunked body), over a plain socket. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head =
                    request.replaceFirst(
                            "HTTP/1.1\r\n", "HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            try {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException answeredBeforeReadWhole) {
                // the server may answer and close before it has read all of a body it refuses
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPercentEscapeThatIsNotUtf8IsRefused() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/probe/pages?limit=%FF")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", containsString("not UTF-8"));
    }

    @Test
    void oversizedHeadersAndUrisAreProblemsWithTheirOwnStatus() {
        given().header("X-Padding", "x".repeat(20_000))
                .when()
                .get("/probe/pages")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
        given().when()
                .get("/probe/pages?padding=" + "x".repeat(5_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void aNulInsideABodyFieldNamesTheField() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"number":"050\\u00001234567","amount":{"value":"1.00","currency":"AZN"},"paymentMethods":["cash"]}""")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("number"))
                .body("violations[0].message", equalTo("holds a control character"));
    }

    @Test
    void jsonNestedTooDeepOrOfTheWrongShapeSaysSoWithoutJavaNames() {
        given().contentType(ContentType.JSON)
                .body("[".repeat(3000) + "]".repeat(3000))
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        allOf(
                                not(containsString("Constraints")),
                                not(containsString("az.balans"))));
        given().contentType(ContentType.JSON)
                .body("[1]")
                .when()
                .post("/probe/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        allOf(
                                startsWith("The request body is not the JSON this endpoint takes"),
                                not(containsString("az.balans"))));
    }

    @Test
    void aFormWithAMalformedEscapeIsABadRequest() {
        given().contentType("application/x-www-form-urlencoded")
                .body("number=%")
                .when()
                .post("/probe/form")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("malformed percent-escape"));
    }
}
