package az.balans.advisor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import az.balans.advisor.StubbedNeighboursTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecommendationResourceTest extends StubbedNeighboursTest {

    private static final String PORTED_SUMMARY =
            "{\"msisdn\":\"+994604567890\",\"servingCarrier\":{\"carrier\":\"bakcell\","
                    + "\"seenAt\":\"2026-11-22T09:31:10Z\",\"attemptId\":\"demo-att-0004\"}}";
    private static final String HEALTH =
            "[{\"channelId\":\"millon-kiosk\",\"attempts\":50,\"successRate\":0.3,\"status\":\"down\"},"
                    + "{\"channelId\":\"bakcell-app\",\"attempts\":50,\"successRate\":0.96,\"status\":\"ok\"}]";

    /** A moment no time zone can hold is the caller's mistake, named, never a 500. */
    @Test
    void anInstantAtTheEdgeOfTimeIsRefusedNamingTheField() {
        for (String at :
                java.util.List.of("+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z")) {
            given().contentType(ContentType.JSON)
                    .body(
                            "{\"number\":\"050 123 45 67\",\"paymentMethods\":[\"cash\"],\"at\":\""
                                    + at
                                    + "\"}")
                    .when()
                    .post("/recommendations")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("at"));
        }
    }

    @Test
    void aPortedNumberGetsItsNewCarriersChannelsRankedWithReasons() {
        stubHistory(PORTED_SUMMARY, HEALTH);
        given().contentType(ContentType.JSON)
                .body(
                        "{\"number\":\"060 456 78 90\",\"amount\":{\"value\":\"10\",\"currency\":\"AZN\"},"
                                + "\"paymentMethods\":[\"cash\",\"international-card\"],\"city\":\"Baku\",\"at\":\"2026-11-24T06:00:00Z\"}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body("number", equalTo("+994604567890"))
                .body("servingCarrier.id", equalTo("bakcell"))
                .body("servingCarrierSource", equalTo("history"))
                .body(
                        "options.channelId",
                        equalTo(java.util.List.of("bakcell-app", "millon-kiosk")))
                .body(
                        "options[0].reasons",
                        hasItem(
                                "Working well right now (96% of top-ups went through in the last hour)."))
                .body("options[0].steps[0]", equalTo("Open the app"))
                .body("options[0].amount.value", equalTo("10.00"))
                .body("options[1].warnings", hasItem(containsString("Failing right now")))
                .body("degraded", equalTo(false));
    }

    @Test
    void theAnswerComesInChineseWhenAsked() {
        stubHistory(PORTED_SUMMARY, HEALTH);
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .body("{\"number\":\"+994604567890\",\"paymentMethods\":[\"international-card\"]}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body("language", equalTo("zh"))
                .body("options[0].name", equalTo("Bakcell 应用"))
                .body("options[0].steps[0]", equalTo("打开应用"))
                .body("options[0].reasons", hasItem("可以用外国银行卡付款，正是您有的支付方式。"))
                .body("excluded[0].reason", containsString("现金"));
    }

    @Test
    void withHistoryDownRecommendationsStillComeDegraded() {
        neighbours.stubFor(
                get("/channels/health").atPriority(1).willReturn(aResponse().withStatus(503)));
        neighbours.stubFor(
                get("/subscribers/+994551234567/summary")
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        given().contentType(ContentType.JSON)
                .body(
                        "{\"number\":\"055 123 45 67\",\"paymentMethods\":[\"cash\"],\"language\":\"ru\"}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body("servingCarrier.id", equalTo("bakcell"))
                .body("servingCarrierSource", equalTo("range"))
                .body("options[0].channelId", equalTo("millon-kiosk"))
                .body("degraded", equalTo(true))
                .body("warnings[0]", containsString("записи о прошлых пополнениях"));
    }

    @Test
    void whenHistoryGoesAwayTheLastHealthFetchedStillRanksAndTheAnswerSaysAsOfWhen() {
        stubHistory(PORTED_SUMMARY, HEALTH);
        neighbours.stubFor(
                get("/channels/health").atPriority(1).willReturn(aResponse().withStatus(503)));
        liveHealth.refresh();
        neighbours.resetRequests();
        given().contentType(ContentType.JSON)
                .body(
                        "{\"number\":\"060 456 78 90\",\"paymentMethods\":[\"cash\",\"international-card\"]}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body(
                        "options.channelId",
                        equalTo(java.util.List.of("bakcell-app", "millon-kiosk")))
                .body("options[1].liveStatus", equalTo("down"))
                .body("options[1].warnings", hasItem(containsString("Failing right now")))
                .body("healthAsOf", org.hamcrest.Matchers.notNullValue())
                .body("degraded", equalTo(false));
        // health is read from memory: answering asks history for the number only
        neighbours.verify(0, getRequestedFor(urlEqualTo("/channels/health")));
    }

    @Test
    void aRememberedRankingGivesWayAtOnceToANewHealthView() {
        String question =
                "{\"number\":\"060 456 78 90\",\"paymentMethods\":[\"cash\",\"international-card\"],\"city\":\"Baku\","
                        + "\"at\":\"2026-11-24T06:00:00Z\"}";
        stubHistory(PORTED_SUMMARY, HEALTH);
        given().contentType(ContentType.JSON)
                .body(question)
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body(
                        "options.find { it.channelId == 'millon-kiosk' }.liveStatus",
                        equalTo("down"));
        stubHistory(
                PORTED_SUMMARY,
                HEALTH.replace(
                        "\"successRate\":0.3,\"status\":\"down\"",
                        "\"successRate\":0.97,\"status\":\"ok\""));
        given().contentType(ContentType.JSON)
                .body(question)
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body("options.find { it.channelId == 'millon-kiosk' }.liveStatus", equalTo("ok"))
                .body(
                        "options.find { it.channelId == 'millon-kiosk' }.warnings",
                        not(hasItem(containsString("Failing right now"))));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"number\":\"050 123 45 6\",\"paymentMethods\":[\"cash\"]}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("number"))
                .body("violations[0].message", containsString("9 digits"));
        given().contentType(ContentType.JSON)
                .body(
                        "{\"number\":\"0501234567\",\"paymentMethods\":[\"gold\"],\"amount\":{\"value\":\"5\",\"currency\":\"USD\"}}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("paymentMethods[0]"))
                .body("violations.field", hasItem("amount.currency"));
    }

    private void stubHistory(String summary, String health) {
        neighbours.stubFor(
                get("/subscribers/+994604567890/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(summary)));
        neighbours.stubFor(
                get("/channels/health")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(health)));
        liveHealth.refresh();
    }
}
