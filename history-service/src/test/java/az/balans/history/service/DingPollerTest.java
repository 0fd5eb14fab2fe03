package az.balans.history.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.history.DingStub;
import az.balans.history.ProviderPayloads;
import az.balans.history.RechargeTopics;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Ding's transfer records, polled: each transfer is published when its state is new, once; the
 * states published are in PostgreSQL for the next poll (or the next replica, or a restart); the
 * partner's key is sent as Ding asks; a failing Ding is backed off from.
 */
@QuarkusTest
@WithPostgres
@WithKafka
@WithTestResource(DingStub.class)
class DingPollerTest {

    @Inject DingPoller poller;

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachTransfersNewStateIsPublishedOnceAndTheCursorIsKeptInPostgres() throws Exception {
        WireMockServer ding = DingStub.server();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // newest first, two a page: a completed Azercell top-up, a Bakcell one that timed out at
        // the operator, and a Nar one still being processed
        String completed =
                record(
                        "T1-" + run,
                        "ref-1-" + run,
                        "4FAZAZ57806",
                        "994501230001",
                        "Complete",
                        now.minusSeconds(60),
                        "[]");
        String timedOut =
                record(
                        "T2-" + run,
                        "ref-2-" + run,
                        "AZ_BF_TopUp",
                        "994551230002",
                        "Failed",
                        now.minusSeconds(120),
                        "[{\"Code\":\"TransientProviderError\",\"Context\":\"ProviderTimedOut\"}]");
        String processing =
                record(
                        "T3-" + run,
                        "ref-3-" + run,
                        "ZEAZAZ6669",
                        "994701230003",
                        "Processing",
                        now.minusSeconds(180),
                        "[]");
        page(ding, 0, true, completed, timedOut);
        page(ding, 2, false, processing);

        assertTrue(poller.pollNow(), "the poll read every record it had to");

        ProviderPayloads.storedAttempt("ref-1-" + run)
                .body("state", Matchers.equalTo("succeeded"))
                .body("carrier", Matchers.equalTo("azercell"))
                .body("channelId", Matchers.equalTo("ding"))
                .body("amount.value", Matchers.equalTo("5.00"));
        ProviderPayloads.storedAttempt("ref-2-" + run)
                .body("state", Matchers.equalTo("failed"))
                .body("carrier", Matchers.equalTo("bakcell"))
                .body("failureCode", Matchers.equalTo("ProviderTimedOut"));
        ProviderPayloads.storedAttempt("ref-3-" + run)
                .body("state", Matchers.equalTo("requested"))
                .body("carrier", Matchers.equalTo("nar"));
        ding.verify(
                postRequestedFor(urlEqualTo("/api/V1/ListTransferRecords"))
                        .withHeader("api_key", equalTo(DingStub.API_KEY)));
        assertEquals("Processing", stateKept("T3-" + run));

        // read again, nothing new: nothing published again; then the Nar top-up completes
        assertTrue(poller.pollNow());
        String nowComplete = processing.replace("\"Processing\"", "\"Complete\"");
        page(ding, 2, false, nowComplete);
        assertTrue(poller.pollNow());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                ProviderPayloads.storedAttempt("ref-3-" + run)
                                        .body("state", Matchers.equalTo("succeeded"))
                                        .body("events", hasSize(2)));
        ProviderPayloads.storedAttempt("ref-1-" + run).body("events", hasSize(1));
        ProviderPayloads.storedAttempt("ref-2-" + run).body("events", hasSize(1));
        assertEquals("Complete", stateKept("T3-" + run));
    }

    @Test
    void dingsDocumentedExampleIsReadAndSetAsideWithTheReason() throws Exception {
        WireMockServer ding = DingStub.server();
        // Ding's Methods page shows ListTransferRecords with placeholders ("string", 0): the poll
        // reads it, and the record, not a top-up of ours, waits on the dead-letter topic
        ding.stubFor(
                post(urlEqualTo("/api/V1/ListTransferRecords"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                ProviderPayloads.load(
                                                        "ding-transfer-records-documented.json"))));
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            assertTrue(poller.pollNow(), "the documented answer is read whole");
            List<ConsumerRecord<String, byte[]>> setAside =
                    topics.deadLetters(
                            record ->
                                    RechargeTopics.header(record, "dead-letter-provider")
                                                    .equals("ding")
                                            && RechargeTopics.header(record, "dead-letter-reason")
                                                    .contains("'string'"),
                            1,
                            Duration.ofSeconds(30));
            assertEquals(1, setAside.size());
            assertTrue(
                    RechargeTopics.header(setAside.get(0), "dead-letter-reason")
                            .contains("ProcessingState 'string' is not one Ding documents"));
        } finally {
            ding.resetToDefaultMappings();
        }
    }

    @Test
    void aFailingDingIsBackedOffFromDoublingUpToTheLimit() {
        WireMockServer ding = DingStub.server();
        ding.stubFor(
                post(urlEqualTo("/api/V1/ListTransferRecords"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(500)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"ResultCode\":5,\"ErrorCodes\":[{\"Code\":\"ProviderError\"}]}")));
        try {
            assertFalse(poller.pollNow(), "a 500 from Ding fails the poll");
        } finally {
            ding.resetToDefaultMappings();
        }
        assertEquals(Duration.ofSeconds(30), poller.backoff(1));
        assertEquals(Duration.ofSeconds(60), poller.backoff(2));
        assertEquals(Duration.ofMinutes(15), poller.backoff(10));
    }

    private static void page(WireMockServer ding, int skip, boolean more, String... records) {
        ding.stubFor(
                post(urlEqualTo("/api/V1/ListTransferRecords"))
                        .withRequestBody(equalToJson("{\"Skip\":" + skip + ",\"Take\":2}"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"ResultCode\":1,\"ErrorCodes\":[],\"ThereAreMoreItems\":"
                                                        + more
                                                        + ",\"Items\":["
                                                        + String.join(",", records)
                                                        + "]}")));
    }

    /** One item of ListTransferRecords as Ding's document shapes it: a record with its result and error codes. */
    private static String record(
            String transferRef,
            String distributorRef,
            String sku,
            String account,
            String state,
            Instant started,
            String errors) {
        return """
                {"TransferRecord":{"TransferId":{"TransferRef":"%s","DistributorRef":"%s"},"SkuCode":"%s",
                 "Price":{"CustomerFee":0.0,"DistributorFee":0.05,"ReceiveValue":5.0,"ReceiveCurrencyIso":"AZN",
                          "ReceiveValueExcludingTax":5.0,"SendValue":3.1,"SendCurrencyIso":"USD"},
                 "CommissionApplied":0.0,"StartedUtc":"%s","CompletedUtc":"%s","ProcessingState":"%s",
                 "ReceiptText":null,"ReceiptParams":{},"AccountNumber":"%s"},
                 "ResultCode":%d,"ErrorCodes":%s}"""
                .formatted(
                        transferRef,
                        distributorRef,
                        sku,
                        started,
                        started.plusSeconds(20),
                        state,
                        account,
                        errors.equals("[]") ? 1 : 3,
                        errors);
    }

    private String stateKept(String transferRef) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement select = connection.createStatement();
                ResultSet row =
                        select.executeQuery(
                                "select state from provider_transfer where provider = 'ding' and transfer_ref = '"
                                        + transferRef
                                        + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
