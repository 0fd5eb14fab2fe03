package az.balans.history.rest;

import static az.balans.history.RechargeTopics.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.history.RechargeTopics;
import az.balans.history.Rows;
import az.balans.history.TestClock;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithPostgres
@WithKafka
class SubscriberRecordsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource database;

    @Inject TestClock clock;

    private RechargeTopics topics;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        topics = new RechargeTopics(bootstrapServers);
        RestAssured.requestSpecification =
                new RequestSpecBuilder()
                        .addHeader(
                                "Authorization", "Bearer " + TestTokens.withRole("support-agent"))
                        .build();
    }

    @AfterEach
    void close() {
        RestAssured.requestSpecification = null;
        topics.close();
        clock.reset();
    }

    @Test
    void recordsPageNewestFirstAndStayStableWhileNewOnesArrive() throws Exception {
        String number = "+994552000001";
        Instant base = Instant.parse("2026-11-20T00:00:00Z");
        for (int i = 0; i < 30; i++) {
            topics.sendAsync(
                    number,
                    event(
                            "p-" + run + "-" + i,
                            "requested",
                            "att-p-" + run + "-" + i,
                            base.plusSeconds(60L * i).toString(),
                            number,
                            "bakcell-app",
                            "bakcell"));
        }
        topics.flush();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from attempt where msisdn = '"
                                                        + number
                                                        + "'")
                                        == 30);

        // while paging, 20 more attempts arrive: newer, older and in between
        CompletableFuture<Void> arrivals =
                CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < 20; i++) {
                                topics.send(
                                        number,
                                        event(
                                                "q-" + run + "-" + i,
                                                "requested",
                                                "att-q-" + run + "-" + i,
                                                base.plusSeconds(60L * (i * 3 - 15) + 30)
                                                        .toString(),
                                                number,
                                                "bakcell-app",
                                                "bakcell"));
                            }
                        });
        List<String> seen = new ArrayList<>();
        String cursor = null;
        Instant previous = Instant.MAX;
        do {
            Response page =
                    given().queryParam("limit", 7)
                            .queryParam("cursor", cursor)
                            .when()
                            .get("/subscribers/{n}/recharges", "055 200 00 01")
                            .then()
                            .statusCode(200)
                            .extract()
                            .response();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                Instant at = Instant.parse((String) (item.get("requestedAt")));
                assertTrue(!at.isAfter(previous), "newest first");
                previous = at;
                seen.add((String) item.get("attemptId"));
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
        arrivals.get();

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no attempt on two pages: " + seen);
        for (int i = 0; i < 30; i++) {
            assertTrue(seen.contains("att-p-" + run + "-" + i), "attempt " + i + " was skipped");
        }
    }

    @Test
    void recordsFilterByTimeRangeAndState() {
        String number = "+994702000002";
        topics.send(
                number,
                event(
                        "f1-" + run,
                        "requested",
                        "att-f1-" + run,
                        "2026-11-21T10:00:00Z",
                        number,
                        "nar-plus",
                        "nar"));
        topics.send(
                number,
                event(
                        "f2-" + run,
                        "failed",
                        "att-f1-" + run,
                        "2026-11-21T10:00:05Z",
                        number,
                        "nar-plus",
                        "nar"));
        topics.send(
                number,
                event(
                        "f3-" + run,
                        "requested",
                        "att-f2-" + run,
                        "2026-11-22T10:00:00Z",
                        number,
                        "nar-plus",
                        "nar"));
        topics.send(
                number,
                event(
                        "f4-" + run,
                        "succeeded",
                        "att-f2-" + run,
                        "2026-11-22T10:00:30Z",
                        number,
                        "nar-plus",
                        "nar"));
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from recharge_event where event_id like 'f_-"
                                                        + run
                                                        + "'")
                                        == 4);

        given().queryParam("state", "failed")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(200)
                .body("items.attemptId", equalTo(List.of("att-f1-" + run)))
                .body("nextCursor", nullValue());
        given().queryParam("from", "2026-11-22T00:00:00Z")
                .queryParam("to", "2026-11-23T00:00:00Z")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(200)
                .body("items.attemptId", equalTo(List.of("att-f2-" + run)));
        given().queryParam("state", "lost")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("state"));
        given().queryParam("cursor", "garbage!")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        given().queryParam("limit", 1000)
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().queryParam("limit", "ten")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().queryParam("from", "+1000000000-12-31T23:59:59Z")
                .when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().when()
                .get("/subscribers/{n}/recharges", "12345")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("msisdn"));
    }

    @Test
    void theSummaryTellsThePortedCarrierTotalsCountsAndLastActivity() {
        String ported = "+994604000003"; // an ex-Naxtel number, now on Bakcell
        topics.send(
                ported,
                event(
                        "s1-" + run,
                        "requested",
                        "att-s1-" + run,
                        "2026-11-22T09:30:00Z",
                        ported,
                        "bakcell-app",
                        "bakcell"));
        topics.send(
                ported,
                event(
                        "s2-" + run,
                        "succeeded",
                        "att-s1-" + run,
                        "2026-11-22T09:31:10Z",
                        ported,
                        "bakcell-app",
                        "bakcell"));
        topics.send(
                ported,
                event(
                        "s3-" + run,
                        "requested",
                        "att-s2-" + run,
                        "2026-11-23T09:30:00Z",
                        ported,
                        "millon-kiosk",
                        "bakcell"));
        topics.send(
                ported,
                event(
                        "s4-" + run,
                        "succeeded",
                        "att-s2-" + run,
                        "2026-11-23T09:30:40Z",
                        ported,
                        "millon-kiosk",
                        "bakcell"));
        topics.send(
                ported,
                event(
                        "s5-" + run,
                        "requested",
                        "att-s3-" + run,
                        "2026-11-24T09:30:00Z",
                        ported,
                        "millon-kiosk",
                        "azercell"));
        topics.send(
                ported,
                event(
                        "s6-" + run,
                        "failed",
                        "att-s3-" + run,
                        "2026-11-24T09:30:03Z",
                        ported,
                        "millon-kiosk",
                        "azercell"));
        topics.send(
                ported,
                event(
                        "s7-" + run,
                        "requested",
                        "att-s4-" + run,
                        "2026-11-24T10:00:00Z",
                        ported,
                        "birbank-app",
                        "bakcell"));
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from recharge_event where event_id like 's_-"
                                                        + run
                                                        + "'")
                                        == 7);

        given().when()
                .get("/subscribers/{n}/summary", "060 400 00 03")
                .then()
                .statusCode(200)
                .body("msisdn", equalTo(ported))
                .body("servingCarrier.carrier", equalTo("bakcell"))
                .body("servingCarrier.seenAt", equalTo("2026-11-23T09:30:40Z"))
                .body("credited", hasSize(1))
                .body("credited[0].value", equalTo("20.00"))
                .body("credited[0].currency", equalTo("AZN"))
                .body("countsByState.succeeded", equalTo(2))
                .body("countsByState.failed", equalTo(1))
                .body("countsByState.requested", equalTo(1))
                .body("countsByState.reversed", equalTo(0))
                .body("lastActivity", equalTo("2026-11-24T10:00:00Z"));
        given().when()
                .get("/subscribers/{n}/summary", "+994509999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void erasureRemovesEveryRowOfTheNumber() throws Exception {
        String number = "+994512000004";
        String other = "+994512000005";
        topics.send(
                number,
                event(
                        "x1-" + run,
                        "requested",
                        "att-x1-" + run,
                        "2026-11-22T09:30:00Z",
                        number,
                        "birbank-app",
                        "azercell"));
        topics.send(
                number,
                event(
                        "x2-" + run,
                        "succeeded",
                        "att-x1-" + run,
                        "2026-11-22T09:30:09Z",
                        number,
                        "birbank-app",
                        "azercell"));
        topics.send(
                other,
                event(
                        "x3-" + run,
                        "requested",
                        "att-x2-" + run,
                        "2026-11-22T09:30:00Z",
                        other,
                        "birbank-app",
                        "azercell"));
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from recharge_event where event_id like 'x_-"
                                                        + run
                                                        + "'")
                                        == 3);

        given().when().delete("/subscribers/{n}", "051-200-00-04").then().statusCode(204);

        assertEquals(
                0,
                Rows.count(
                        database,
                        "select count(*) from recharge_event where msisdn = '" + number + "'"));
        assertEquals(
                0,
                Rows.count(
                        database, "select count(*) from attempt where msisdn = '" + number + "'"));
        given().when().get("/subscribers/{n}/summary", number).then().statusCode(404);
        given().when()
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().when().get("/attempts/{id}", "att-x1-" + run).then().statusCode(404);
        // nobody else's records go with it
        given().when().get("/attempts/{id}", "att-x2-" + run).then().statusCode(200);
    }

    @Test
    void channelHealthOverTheWindowWithAFixedClock() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        String ok = "ok-" + run;
        String degraded = "degraded-" + run;
        String down = "down-" + run;
        String quiet = "quiet-" + run;
        String number = "+994503000006";
        // ok: 9 of 10 succeed, credited after 10, 20, ... 90 seconds
        for (int i = 0; i < 10; i++) {
            Instant start = now.minusSeconds(3000 - i * 60L);
            topics.sendAsync(
                    number,
                    event(
                            ok + "-r" + i,
                            "requested",
                            ok + "-a" + i,
                            start.toString(),
                            number,
                            ok,
                            "azercell"));
            String outcome = i < 9 ? "succeeded" : "failed";
            Instant end = i < 9 ? start.plusSeconds(10L * (i + 1)) : start.plusSeconds(5);
            topics.sendAsync(
                    number,
                    event(
                            ok + "-o" + i,
                            outcome,
                            ok + "-a" + i,
                            end.toString(),
                            number,
                            ok,
                            "azercell"));
        }
        // the same channel failed all morning, but that was before the window
        for (int i = 0; i < 10; i++) {
            Instant start = now.minusSeconds(4 * 3600 + i * 60L);
            topics.sendAsync(
                    number,
                    event(
                            ok + "-old-r" + i,
                            "requested",
                            ok + "-old-a" + i,
                            start.toString(),
                            number,
                            ok,
                            "azercell"));
            topics.sendAsync(
                    number,
                    event(
                            ok + "-old-f" + i,
                            "failed",
                            ok + "-old-a" + i,
                            start.plusSeconds(3).toString(),
                            number,
                            ok,
                            "azercell"));
        }
        sendOutcomes(degraded, 6, 4, now, number);
        sendOutcomes(down, 2, 8, now, number);
        sendOutcomes(quiet, 2, 0, now, number);
        topics.flush();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from attempt where channel_id like '%-"
                                                        + run
                                                        + "'")
                                        == 10 + 10 + 10 + 10 + 2);

        clock.set(now);
        Response response =
                given().queryParam("window", "PT1H")
                        .when()
                        .get("/channels/health")
                        .then()
                        .statusCode(200)
                        .body("to", everyItem(equalTo("2026-11-25T12:00:00Z")))
                        .extract()
                        .response();
        List<Map<String, Object>> channels =
                response.path("findAll { it.channelId.endsWith('-" + run + "') }");
        Map<String, Map<String, Object>> byChannel =
                channels.stream()
                        .collect(
                                Collectors.toMap(
                                        c -> (String) c.get("channelId"), Function.identity()));
        assertEquals(Set.of(ok, degraded, down, quiet), byChannel.keySet());

        Map<String, Object> okHealth = byChannel.get(ok);
        assertEquals(10, okHealth.get("attempts"));
        assertEquals("ok", okHealth.get("status"));
        // RestAssured reads JSON numbers as float
        assertEquals(0.9, ((Number) okHealth.get("successRate")).doubleValue(), 1e-6);
        assertEquals(50.0, ((Number) okHealth.get("medianSecondsToCredit")).doubleValue(), 1e-9);
        assertEquals(82.0, ((Number) okHealth.get("p90SecondsToCredit")).doubleValue(), 1e-9);
        assertEquals("degraded", byChannel.get(degraded).get("status"));
        assertEquals("down", byChannel.get(down).get("status"));
        assertEquals("unknown", byChannel.get(quiet).get("status"));

        // a wider window takes in the morning's failures
        Map<String, Object> wider =
                given().queryParam("window", "PT5H")
                        .when()
                        .get("/channels/health")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("find { it.channelId == '" + ok + "' }");
        assertEquals(20, wider.get("attempts"));
        assertEquals(0.45, ((Number) wider.get("successRate")).doubleValue(), 1e-6);
        assertEquals("down", wider.get("status"));
        given().queryParam("window", "P30D")
                .when()
                .get("/channels/health")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("window"));
        given().queryParam("window", "an hour")
                .when()
                .get("/channels/health")
                .then()
                .statusCode(400);
    }

    @Test
    void channelHealthSeriesHasEveryStepOfTheWindow() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        String channel = "series-" + run;
        String number = "+994503000007";
        // last hour: 4 of 5 succeed; five hours ago: all 5 fail; yesterday, outside the window: 2
        // succeed
        sendOutcomesAt(channel + "-last", channel, 4, 1, now.minusSeconds(1200), number);
        sendOutcomesAt(
                channel + "-earlier", channel, 0, 5, now.minusSeconds(5 * 3600 - 600), number);
        sendOutcomesAt(channel + "-old", channel, 2, 0, now.minusSeconds(30 * 3600), number);
        topics.flush();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from attempt where channel_id = '"
                                                        + channel
                                                        + "'")
                                        == 12);

        clock.set(now);
        Map<String, Object> series =
                given().when()
                        .get("/channels/health/series")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("find { it.channelId == '" + channel + "' }");
        assertEquals("2026-11-25T12:00:00Z", series.get("from"));
        assertEquals("2026-11-26T12:00:00Z", series.get("to"));
        assertEquals("PT1H", series.get("step"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) series.get("points");
        assertEquals(24, points.size());
        assertEquals("2026-11-25T12:00:00Z", points.get(0).get("from"));
        assertEquals(0, points.get(0).get("attempts"));
        assertEquals(null, points.get(0).get("successRate"));
        assertEquals("unknown", points.get(0).get("status"));
        assertEquals("2026-11-26T07:00:00Z", points.get(19).get("from"));
        assertEquals(5, points.get(19).get("failed"));
        assertEquals("down", points.get(19).get("status"));
        assertEquals(5, points.get(23).get("attempts"));
        assertEquals(0.8, ((Number) points.get(23).get("successRate")).doubleValue(), 1e-6);
        assertEquals("degraded", points.get(23).get("status"));
        long counted =
                points.stream()
                        .mapToLong(point -> ((Number) point.get("attempts")).longValue())
                        .sum();
        assertEquals(10, counted, "yesterday's attempts are outside the window");

        Map<String, Object> quarterHours =
                given().queryParam("window", "PT2H")
                        .queryParam("step", "PT15M")
                        .when()
                        .get("/channels/health/series")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("find { it.channelId == '" + channel + "' }");
        assertEquals(8, ((List<?>) quarterHours.get("points")).size());
        given().queryParam("step", "PT7M")
                .when()
                .get("/channels/health/series")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("step"));
        given().queryParam("window", "P7D")
                .queryParam("step", "PT5M")
                .when()
                .get("/channels/health/series")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("step"));
        given().queryParam("step", "PT30S")
                .when()
                .get("/channels/health/series")
                .then()
                .statusCode(400);
        given().queryParam("window", "P30D")
                .when()
                .get("/channels/health/series")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("window"));
    }

    private void sendOutcomesAt(
            String prefix,
            String channel,
            int succeeded,
            int failed,
            Instant start,
            String number) {
        for (int i = 0; i < succeeded + failed; i++) {
            Instant at = start.plusSeconds(i * 30L);
            topics.sendAsync(
                    number,
                    event(
                            prefix + "-r" + i,
                            "requested",
                            prefix + "-a" + i,
                            at.toString(),
                            number,
                            channel,
                            "azercell"));
            topics.sendAsync(
                    number,
                    event(
                            prefix + "-o" + i,
                            i < succeeded ? "succeeded" : "failed",
                            prefix + "-a" + i,
                            at.plusSeconds(20).toString(),
                            number,
                            channel,
                            "azercell"));
        }
    }

    private void sendOutcomes(
            String channel, int succeeded, int failed, Instant now, String number) {
        for (int i = 0; i < succeeded + failed; i++) {
            Instant start = now.minusSeconds(1800 + i * 30L);
            topics.sendAsync(
                    number,
                    event(
                            channel + "-r" + i,
                            "requested",
                            channel + "-a" + i,
                            start.toString(),
                            number,
                            channel,
                            "azercell"));
            topics.sendAsync(
                    number,
                    event(
                            channel + "-o" + i,
                            i < succeeded ? "succeeded" : "failed",
                            channel + "-a" + i,
                            start.plusSeconds(20).toString(),
                            number,
                            channel,
                            "azercell"));
        }
    }
}
