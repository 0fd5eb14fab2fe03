package az.balans.advisor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiagnosisResourceTest extends StubbedNeighboursTest {

    @Test
    void aTopUpHistorySawSucceedButThePersonDoesNotSeeIsExplainedInRussian() {
        neighbours.stubFor(
                get("/attempts/att-42")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"attemptId\":\"att-42\",\"msisdn\":\"+994551234567\",\"state\":\"succeeded\",\"carrier\":\"bakcell\","
                                                        + "\"channelId\":\"millon-kiosk\",\"paymentMethod\":\"cash\",\"amount\":{\"value\":\"10.00\",\"currency\":\"AZN\"},"
                                                        + "\"requestedAt\":\"2026-11-25T08:00:00Z\",\"succeededAt\":\"2026-11-25T08:00:40Z\",\"events\":[]}")));
        neighbours.stubFor(
                get(urlPathMatching("/subscribers/.*/recharges"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"items\":[],\"nextCursor\":null}")));
        given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .contentType(ContentType.JSON)
                .header("Accept-Language", "ru")
                .body(
                        "{\"number\":\"055 123 45 67\",\"attemptId\":\"att-42\",\"description\":\"деньги не пришли на баланс\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(200)
                .body("language", equalTo("ru"))
                .body("causes[0].code", equalTo("CREDITED_BUT_MISSING"))
                .body(
                        "causes[0].evidence",
                        hasItem(
                                java.util.Map.of(
                                        "fact", "history.attempt.state", "value", "succeeded")))
                .body(
                        "causes[0].remedy",
                        equalTo("Проверьте баланс и последние списания: *100#YES."))
                .body("degraded", equalTo(false));
    }

    @Test
    void withHistoryDownTheFailureCodeStillExplainsAndTheAnswerIsDegraded() {
        neighbours.stubFor(
                get(urlPathMatching("/subscribers/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        neighbours.stubFor(
                get(urlPathMatching("/attempts/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        neighbours.stubFor(
                get("/channels/health").atPriority(1).willReturn(aResponse().withStatus(503)));
        given().auth()
                .oauth2(TestTokens.subscriber("+994501234567"))
                .contentType(ContentType.JSON)
                .body(
                        "{\"number\":\"0501234567\",\"attemptId\":\"att-43\",\"failureCode\":\"PHONE_RECENTLY_RECHARGED\",\"language\":\"zh\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(200)
                .body("causes[0].code", equalTo("TOO_FREQUENT"))
                .body("causes[0].remedy", containsString("再试"))
                .body("degraded", equalTo(true))
                .body("warnings[0]", containsString("无法读取以往的充值记录"));
    }

    @Test
    void whatSupportFoundIsToldInThePersonsLanguageAndTheirNoteIsNot() {
        neighbours.stubFor(
                get("/attempts/att-44")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"attemptId\":\"att-44\",\"msisdn\":\"+994551234567\",\"state\":\"failed\",\"carrier\":\"bakcell\","
                                                        + "\"channelId\":\"millon-kiosk\",\"paymentMethod\":\"cash\",\"amount\":{\"value\":\"10.00\",\"currency\":\"AZN\"},"
                                                        + "\"requestedAt\":\"2026-11-25T08:00:00Z\",\"failedAt\":\"2026-11-25T08:00:40Z\",\"failureCode\":\"ProviderTimedOut\","
                                                        + "\"resolution\":{\"finding\":\"credited-late\",\"note\":\"ticket 5512, carrier log checked\","
                                                        + "\"resolvedBy\":\"aysel.m\",\"resolvedAt\":\"2026-11-25T10:00:00Z\"},\"events\":[]}")));
        neighbours.stubFor(
                get(urlPathMatching("/subscribers/.*/recharges"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"items\":[],\"nextCursor\":null}")));
        for (String[] language :
                new String[][] {
                    {"en", "reached the balance"},
                    {"az", "balansa adi vaxtdan gec"},
                    {"ru", "поступили на баланс"},
                    {"zh", "款项已到账"}
                }) {
            given().auth()
                    .oauth2(TestTokens.subscriber("+994551234567"))
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"number\":\"055 123 45 67\",\"attemptId\":\"att-44\",\"language\":\""
                                    + language[0]
                                    + "\"}")
                    .when()
                    .post("/diagnoses")
                    .then()
                    .statusCode(200)
                    .body("supportFound.finding", equalTo("credited-late"))
                    .body("supportFound.text", containsString(language[1]))
                    .body("supportFound.at", equalTo("2026-11-25T10:00:00Z"))
                    .body(not(containsString("ticket 5512")))
                    .body(not(containsString("aysel")));
        }
    }

    @Test
    void aMissingNumberIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"failureCode\":\"CARD_DECLINED\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("number"));
    }
}
