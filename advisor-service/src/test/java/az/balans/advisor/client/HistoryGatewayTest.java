package az.balans.advisor.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.StubbedNeighboursTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway to history as its callers see it: what history said and when, nothing known, or that it could not be asked. */
@QuarkusTest
class HistoryGatewayTest extends StubbedNeighboursTest {

    @Inject HistoryGateway history;

    @Test
    void whatHistoryKnowsOfANumberComesWithWhenItWasAsked() {
        neighbours.stubFor(
                get("/subscribers/+994551110001/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"msisdn\":\"+994551110001\",\"servingCarrier\":{\"carrier\":\"bakcell\",\"seenAt\":\"2026-11-22T09:31:10Z\","
                                                        + "\"attemptId\":\"att-1\"},\"countsByState\":{\"succeeded\":1}}")));
        Instant before = Instant.now();
        Answer<Optional<HistorySummary>> answer = history.summary("+994551110001");
        assertTrue(answer.available());
        assertEquals("bakcell", answer.value().orElseThrow().servingCarrier().carrier());
        assertFalse(answer.askedAt().isBefore(before), answer.askedAt() + " is before the call");
    }

    @Test
    void aNumberHistoryHasNoRecordOfIsNothingKnownNotAnOutage() {
        Answer<Optional<HistorySummary>> answer = history.summary("+994551110002");
        assertTrue(answer.available());
        assertEquals(Optional.empty(), answer.value());
        Answer<Optional<HistoryAttempt>> attempt = history.attempt("no-such-attempt");
        assertTrue(attempt.available());
        assertEquals(Optional.empty(), attempt.value());
    }

    @Test
    void aFailingHistoryIsAskedTwiceThenAnsweredWithout() {
        neighbours.stubFor(
                get("/subscribers/+994551110003/summary")
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(500)));
        Answer<Optional<HistorySummary>> answer = history.summary("+994551110003");
        assertFalse(answer.available());
        assertEquals(Optional.empty(), answer.value());
        assertEquals(
                2,
                neighbours
                        .countRequestsMatching(
                                getRequestedFor(
                                                urlPathEqualTo(
                                                        "/subscribers/+994551110003/summary"))
                                        .build())
                        .getCount(),
                "one call and one retry");
    }

    @Test
    void aHungHistoryIsGivenUpAfterTheTimeoutAndNotAskedAgain() {
        neighbours.stubFor(
                get(urlPathEqualTo("/subscribers/+994551110004/recharges"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"items\":[],\"nextCursor\":null}")
                                        .withFixedDelay(4000)));
        // history would answer after 4 s: an unavailable answer is the timeout's, not history's
        Answer<List<HistoryAttempt>> answer = history.recentAttempts("+994551110004");
        assertFalse(answer.available());
        assertEquals(List.of(), answer.value());
        assertEquals(
                1,
                neighbours
                        .countRequestsMatching(
                                getRequestedFor(
                                                urlPathEqualTo(
                                                        "/subscribers/+994551110004/recharges"))
                                        .build())
                        .getCount(),
                "a timed-out call is not retried");
    }
}
