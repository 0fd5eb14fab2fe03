package az.balans.advisor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.testsupport.TestTokens;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The advisor's endpoints against every kind of caller, and what it sends history on their behalf. */
@QuarkusTest
class AdvisorSecurityTest extends StubbedNeighboursTest {

    private static final String ATTEMPT =
            "{\"attemptId\":\"att-sec\",\"msisdn\":\"+994501234567\",\"state\":\"failed\",\"carrier\":\"azercell\","
                    + "\"channelId\":\"millon-kiosk\",\"amount\":{\"value\":\"5.00\",\"currency\":\"AZN\"},\"failureCode\":\"CARD_DECLINED\"}";

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET  | /numbers/0501234567 | none | 200",
                "GET  | /numbers/0501234567 | subscriber-other | 200",
                "POST | /recommendations | none | 200",
                "POST | /recommendations | catalog-admin | 200",
                "POST | /diagnoses | none | 200",
                "POST | /diagnoses?attempt | none | 401",
                "POST | /diagnoses?attempt | subscriber-own | 200",
                "POST | /diagnoses?attempt | subscriber-other | 404",
                "POST | /diagnoses?attempt | support-agent | 200",
                "POST | /diagnoses?attempt | catalog-admin | 404",
                "POST | /diagnoses?attempt | service | 404"
            })
    void everyEndpointAnswersEachCallerAsItShouldNeverToBeCached(
            String method, String path, String caller, int status) {
        neighbours.stubFor(
                get("/attempts/att-sec")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(ATTEMPT)));
        String body =
                path.startsWith("/recommendations")
                        ? "{\"number\":\"0501234567\",\"paymentMethods\":[\"cash\"]}"
                        : "{\"number\":\"0501234567\""
                                + (path.endsWith("?attempt") ? ",\"attemptId\":\"att-sec\"" : "")
                                + "}";
        request(caller)
                .contentType("application/json")
                .body(body)
                .when()
                .request(method, path.replace("?attempt", ""))
                .then()
                .statusCode(status)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theBenchmarksBareEndpointsAreAbsentUnlessTheBenchTurnsThemOn() {
        given().when().get("/bench/baseline/0501234567").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"number\":\"0501234567\"}")
                .when()
                .post("/bench/baseline")
                .then()
                .statusCode(404);
    }

    @Test
    void historyIsCalledWithTheAdvisorsServiceTokenNeverTheCallers() {
        String callers = TestTokens.withRole("support-agent");
        neighbours.stubFor(
                get("/attempts/att-sec")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(ATTEMPT)));
        given().auth()
                .oauth2(callers)
                .contentType("application/json")
                .body("{\"number\":\"0501234567\",\"attemptId\":\"att-sec\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(200);
        List<LoggedRequest> calls =
                neighbours.findAll(
                        getRequestedFor(urlPathMatching("/(attempts|subscribers|channels)/.*")));
        assertFalse(calls.isEmpty());
        for (LoggedRequest call : calls) {
            String authorization = call.getHeader("Authorization");
            assertThat(authorization, not(containsString(callers)));
            String payload =
                    new String(
                            Base64.getUrlDecoder()
                                    .decode(
                                            authorization.substring("Bearer ".length())
                                                    .split("\\.")[1]),
                            StandardCharsets.UTF_8);
            assertThat(payload, containsString("\"groups\":[\"service\"]"));
            assertThat(payload, containsString("\"sub\":\"advisor-service\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("az.balans.testsupport.TestTokens#REFUSED_KINDS")
    void aTokenThatFailsVerificationIsA401Problem(String kind) {
        String token = TestTokens.refused(kind, "support-agent");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"number\":\"0501234567\",\"attemptId\":\"att-sec\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void corsLetsOnlyTheAdvisorsOwnPageInAndResponsesCarrySecurityHeaders() {
        given().header("Origin", "https://balans.az")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/recommendations")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("https://balans.az"))
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/recommendations")
                .then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")))
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example")
                .when()
                .get("/numbers/0501234567")
                .then()
                .statusCode(403)
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://balans.az")
                .when()
                .get("/numbers/0501234567")
                .then()
                .statusCode(200)
                .header("Vary", containsString("Origin"));
        given().when()
                .get("/numbers/0501234567")
                .then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void anOversizedBodyIsRefused() {
        given().contentType("application/json")
                .body("{\"number\":\"" + "0".repeat(70_000) + "\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(413);
    }

    private static RequestSpecification request(String caller) {
        return switch (caller) {
            case "none" -> given();
            case "subscriber-own" -> given().auth().oauth2(TestTokens.subscriber("050 123 45 67"));
            case "subscriber-other" ->
                    given().auth().oauth2(TestTokens.subscriber("+994559876500"));
            default -> given().auth().oauth2(TestTokens.withRole(caller));
        };
    }
}
