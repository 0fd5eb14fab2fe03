package az.balans.advisor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.advisor.StubbedNeighboursTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NumberLookupTest extends StubbedNeighboursTest {

    @Test
    void aNumberOnItsOwnRangeIsServedByTheRangeHolder() {
        given().when()
                .get("/numbers/{n}", "050 123 45 67")
                .then()
                .statusCode(200)
                .body("e164", equalTo("+994501234567"))
                .body("national", equalTo("050 123 45 67"))
                .body("valid", equalTo(true))
                .body("rangeHolder.id", equalTo("azercell"))
                .body("servingCarrier.id", equalTo("azercell"))
                .body("servingCarrier.balanceCode", equalTo("2112"))
                .body("servingCarrierSource", equalTo("range"))
                .body("degraded", equalTo(false));
    }

    @Test
    void aPortedExNaxtelNumberIsServedByTheCarrierHistoryLastSaw() {
        neighbours.stubFor(
                get("/subscribers/+994604567890/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"msisdn\":\"+994604567890\",\"servingCarrier\":{\"carrier\":\"bakcell\",\"seenAt\":\"2026-11-22T09:31:10Z\","
                                                        + "\"attemptId\":\"demo-att-0004\"},\"countsByState\":{\"succeeded\":1}}")));
        given().when()
                .get("/numbers/{n}", "+994 060 456 78 90")
                .then()
                .statusCode(200)
                .body("degraded", equalTo(false))
                .body("e164", equalTo("+994604567890"))
                .body("corrections", hasItem("REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE"))
                .body("rangeHolder.id", equalTo("naxtel"))
                .body("rangeHolder.status", equalTo("retired"))
                .body("servingCarrier.id", equalTo("bakcell"))
                .body("servingCarrierSource", equalTo("history"))
                .body("notes", hasItem(containsString("ported to Bakcell")));
    }

    /**
     * Asking about a number tells which carrier serves it, never whether or when it was topped up:
     * a number history saw topped up on its own range's carrier answers word for word as one history
     * never saw.
     */
    @Test
    void aNumberHistorySawOnItsOwnRangeReadsAsOneItNeverSaw() {
        neighbours.stubFor(
                get("/subscribers/+994551230001/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"msisdn\":\"+994551230001\",\"servingCarrier\":{\"carrier\":\"bakcell\",\"seenAt\":\"2026-11-22T09:31:10Z\","
                                                        + "\"attemptId\":\"att-seen\"},\"countsByState\":{\"succeeded\":3}}")));
        String seen =
                given().when()
                        .get("/numbers/{n}", "055 123 00 01")
                        .then()
                        .statusCode(200)
                        .body("servingCarrier.id", equalTo("bakcell"))
                        .body("servingCarrierSource", equalTo("range"))
                        .body("servingCarrierAsOf", nullValue())
                        .extract()
                        .asString();
        String neverSeen =
                given().when()
                        .get("/numbers/{n}", "055 123 00 02")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertEquals(neverSeen.replace("0002", "0001").replace("00 02", "00 01"), seen);
    }

    @Test
    void anExNaxtelNumberHistoryNeverSawWasPortedOrCancelled() {
        given().when()
                .get("/numbers/{n}", "0604000001")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("servingCarrier", nullValue())
                .body("servingCarrierSource", equalTo("unknown"))
                .body(
                        "notes",
                        hasItem(
                                containsString(
                                        "ported to Azercell, Bakcell or Nar, or cancelled")));
    }

    @Test
    void anInvalidNumberIsAnAnswerWithTheReason() {
        given().when()
                .get("/numbers/{n}", "050 123 45 6")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("problem.code", equalTo("TOO_SHORT"))
                .body("problem.message", containsString("9 digits"));
    }

    @Test
    void withHistoryDownTheAnswerIsDegradedNotAnError() {
        neighbours.stubFor(
                get("/subscribers/+994551234567/summary")
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        given().when()
                .get("/numbers/{n}", "055 123 45 67")
                .then()
                .statusCode(200)
                .body("servingCarrier.id", equalTo("bakcell"))
                .body("servingCarrierSource", equalTo("range"))
                .body("degraded", equalTo(true))
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString("records of past top-ups"));
    }

    @Test
    void withHistorySlowTheAnswerComesInTimeAndDegraded() {
        neighbours.stubFor(
                get("/subscribers/+994771234567/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{}")
                                        .withFixedDelay(6000)));
        given().when()
                .get("/numbers/{n}", "077 123 45 67")
                .then()
                .statusCode(200)
                .time(lessThan(5L), TimeUnit.SECONDS)
                .body("degraded", equalTo(true))
                .body("servingCarrier.id", equalTo("nar"));
        // a hung history is asked once, not again after the timeout
        assertEquals(
                1,
                neighbours
                        .findAll(
                                getRequestedFor(
                                        urlPathMatching("/subscribers/\\+994771234567/summary")))
                        .size());
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndHistoryIsNotCalledWhileItIsOpen() {
        neighbours.stubFor(
                get("/subscribers/+994701111111/summary")
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 8; i++) {
            given().when()
                    .get("/numbers/{n}", "070 111 11 11")
                    .then()
                    .statusCode(200)
                    .body("degraded", equalTo(true));
        }
        int callsBefore =
                neighbours.findAll(getRequestedFor(urlPathMatching("/subscribers/.*"))).size();
        given().when()
                .get("/numbers/{n}", "070 111 11 11")
                .then()
                .statusCode(200)
                .body("degraded", equalTo(true));
        assertEquals(
                callsBefore,
                neighbours.findAll(getRequestedFor(urlPathMatching("/subscribers/.*"))).size(),
                "an open circuit answers without calling history");
    }

    @Test
    void withHistoryAnsweringGarbageTheAnswerIsDegraded() {
        neighbours.stubFor(
                get("/subscribers/+994991234567/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("<html>proxy error</html>")));
        given().when()
                .get("/numbers/{n}", "099 123 45 67")
                .then()
                .statusCode(200)
                .body("degraded", equalTo(true))
                .body("servingCarrier.id", equalTo("bakcell"));
    }
}
