package az.balans.history.rest;

import static az.balans.history.RechargeTopics.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.history.CatalogStub;
import az.balans.history.RechargeTopics;
import az.balans.history.Rows;
import az.balans.history.TestClock;
import az.balans.testsupport.Management;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The support agents' reconciliation queue on real PostgreSQL and Kafka, with catalog-service as a
 * stub giving the channels' times to credit: what is overdue, by the catalog's figure, by the live
 * 90th percentile when that is larger, or by the default where neither says; what is contradictory;
 * oldest first, paged; for support agents only; and counted in the metrics.
 */
@QuarkusTest
@WithPostgres
@WithKafka
@WithTestResource(value = CatalogStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ReconciliationQueueTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String AGENT = "Bearer " + TestTokens.withRole("support-agent");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource database;

    @Inject TestClock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void overdueAndContradictoryTopUpsAreListedOldestFirstForSupportAgentsAndCounted() {
        clock.set(NOW);
        double overdueBefore = gauge("balans_attempts_overdue");
        double contradictoryBefore = gauge("balans_attempts_contradictory");
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            // the catalog gives recon-fast 5 min: 10 min in, it is overdue; 2 min in, it is not
            requested(topics, "fast-late", "recon-fast", NOW.minusSeconds(10 * 60));
            requested(topics, "fast-early", "recon-fast", NOW.minusSeconds(2 * 60));
            // recon-slow takes 60 min: 30 min in is not late
            requested(topics, "slow", "recon-slow", NOW.minusSeconds(30 * 60));
            // a channel the catalog gives no time for: due after the default 30 min
            requested(topics, "unknown-late", "recon-unknown-time", NOW.minusSeconds(45 * 60));
            // recon-live is 5 min in the catalog, but today it takes 20: the live p90 decides
            for (int i = 0; i < 4; i++) {
                Instant began = NOW.minusSeconds(3 * 3600 + i * 60L);
                requested(topics, "live-done-" + i, "recon-live", began);
                topics.sendAsync(
                        "+994552700000",
                        event(
                                run + "-live-done-" + i + "-s",
                                "succeeded",
                                run + "-live-done-" + i,
                                began.plusSeconds(20 * 60).toString(),
                                "+994552700000",
                                "recon-live",
                                "bakcell"));
            }
            requested(topics, "live-not-late", "recon-live", NOW.minusSeconds(10 * 60));
            requested(topics, "live-late", "recon-live", NOW.minusSeconds(25 * 60));
            // both a success and a failure for one top-up
            requested(topics, "both", "recon-fast", NOW.minusSeconds(50 * 60));
            topics.sendAsync(
                    "+994552700000",
                    event(
                            run + "-both-s",
                            "succeeded",
                            run + "-both",
                            NOW.minusSeconds(49 * 60).toString(),
                            "+994552700000",
                            "recon-fast",
                            "bakcell"));
            topics.sendAsync(
                    "+994552700000",
                    event(
                            run + "-both-f",
                            "failed",
                            run + "-both",
                            NOW.minusSeconds(48 * 60).toString(),
                            "+994552700000",
                            "recon-fast",
                            "bakcell"));
            topics.flush();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Rows.count(
                                                database,
                                                "select count(*) from recharge_event where attempt_id like '"
                                                        + run
                                                        + "-%'")
                                        == 17);

        List<Map<String, Object>> overdue = queueOfThisRun("overdue", 50);
        assertEquals(
                List.of(run + "-unknown-late", run + "-live-late", run + "-fast-late"),
                overdue.stream()
                        .map(item -> ((Map<?, ?>) item.get("attempt")).get("attemptId"))
                        .toList());
        assertEquals(
                List.of(
                        NOW.minusSeconds(15 * 60).toString(),
                        NOW.minusSeconds(5 * 60).toString(),
                        NOW.minusSeconds(5 * 60).toString()),
                overdue.stream()
                        .map(item -> Instant.parse((String) item.get("dueAt")).toString())
                        .toList(),
                "due: 45 min ago + 30 min default, 25 min ago + 20 min live p90, 10 min ago + 5 min from the catalog");

        List<Map<String, Object>> contradictory = queueOfThisRun("contradictory", 50);
        assertEquals(
                List.of(run + "-both"),
                contradictory.stream()
                        .map(item -> ((Map<?, ?>) item.get("attempt")).get("attemptId"))
                        .toList());

        // small pages walk the same queue in the same order, none twice
        assertEquals(overdue, queueOfThisRun("overdue", 2));

        // counted, so an alert can fire
        assertEquals(overdueBefore + 3, gauge("balans_attempts_overdue"));
        assertEquals(contradictoryBefore + 1, gauge("balans_attempts_contradictory"));
    }

    @Test
    void theQueueIsForSupportAgentsAndAsksForOneQueue() {
        given().when().get("/attempts?overdue=true").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.subscriber("+994552700000"))
                .when()
                .get("/attempts?overdue=true")
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.withRole("service"))
                .when()
                .get("/attempts?overdue=true")
                .then()
                .statusCode(403);
        given().header("Authorization", AGENT)
                .when()
                .get("/attempts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("overdue"));
        given().header("Authorization", AGENT)
                .when()
                .get("/attempts?overdue=true&contradictory=true")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("contradictory"));
        given().header("Authorization", AGENT)
                .when()
                .get("/attempts?overdue=true&cursor=not-ours")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("cursor"));
        given().header("Authorization", AGENT)
                .when()
                .get("/attempts?contradictory=true&limit=100000")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().header("Authorization", AGENT)
                .when()
                .get("/attempts?overdue=true&limit=1")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));
    }

    private void requested(RechargeTopics topics, String name, String channel, Instant at) {
        topics.sendAsync(
                "+994552700000",
                event(
                        run + "-" + name + "-r",
                        "requested",
                        run + "-" + name,
                        at.toString(),
                        "+994552700000",
                        channel,
                        "bakcell"));
    }

    /** Every page of a queue, following the cursors, keeping this run's attempts. */
    private List<Map<String, Object>> queueOfThisRun(String queue, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page =
                    given().header("Authorization", AGENT)
                            .queryParam(queue, true)
                            .queryParam("limit", limit)
                            .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                            .when()
                            .get("/attempts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> found = page.getList("items");
            found.stream()
                    .filter(
                            item ->
                                    String.valueOf(
                                                    ((Map<?, ?>) item.get("attempt"))
                                                            .get("attemptId"))
                                            .startsWith(run + "-"))
                    .forEach(items::add);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static double gauge(String name) {
        String metrics =
                Management.given()
                        .when()
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        Matcher value =
                Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        if (!value.find()) {
            throw new AssertionError(
                    name
                            + " is not among the metrics: "
                            + metrics.lines().filter(line -> line.contains("attempts")).toList());
        }
        return Double.parseDouble(value.group(2));
    }
}
