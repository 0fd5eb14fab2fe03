package az.balans.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.catalog.CatalogChangesTopic;
import az.balans.testsupport.Management;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithPostgres
@WithKafka
class CatalogWriteTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private CatalogChangesTopic topic;

    @BeforeEach
    void subscribeAsAdmin() {
        topic = new CatalogChangesTopic(bootstrapServers);
        RestAssured.requestSpecification =
                new RequestSpecBuilder()
                        .addHeader(
                                "Authorization", "Bearer " + TestTokens.withRole("catalog-admin"))
                        .build();
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
        RestAssured.requestSpecification = null;
    }

    @Test
    void everyWriteOfEveryKindIsPublishedWithItsVersion() {
        String catalogEtag =
                given().when().get("/catalog").then().statusCode(200).extract().header("ETag");

        // create: 201, Location, ETag "0"
        given().contentType(ContentType.JSON)
                .body(carrier("testcell", "Testcell"))
                .when()
                .post("/carriers")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/carriers/testcell"))
                .header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON)
                .body(range("088", "testcell"))
                .when()
                .post("/number-ranges")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON)
                .body(channel("testcell-shop", "testcell"))
                .when()
                .post("/channels")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON)
                .body(promotion("testcell-bonus", "testcell", "testcell-shop"))
                .when()
                .post("/promotions")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""));

        // update with the ETag read: 200 and the next version
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(carrier("testcell", "Testcell Mobile"))
                .when()
                .put("/carriers/testcell")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("names.en", equalTo("Testcell Mobile"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(range("088", "testcell").replace("\"mobile\"", "\"fixed-line\""))
                .when()
                .put("/number-ranges/088")
                .then()
                .statusCode(200)
                .body("numberType", equalTo("fixed-line"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(channel("testcell-shop", "testcell").replace("\"cash\"", "\"wallet\""))
                .when()
                .put("/channels/testcell-shop")
                .then()
                .statusCode(200)
                .body("paymentMethods", equalTo(List.of("wallet")));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(promotion("testcell-bonus", "testcell", null))
                .when()
                .put("/promotions/testcell-bonus")
                .then()
                .statusCode(200);

        // the whole catalog moved on: the old ETag no longer gives 304
        given().header("If-None-Match", catalogEtag)
                .when()
                .get("/catalog")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(catalogEtag)))
                .body("carriers.id", hasItem("testcell"));

        // delete, children first
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/promotions/testcell-bonus")
                .then()
                .statusCode(204);
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/channels/testcell-shop")
                .then()
                .statusCode(204);
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/number-ranges/088")
                .then()
                .statusCode(204);
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/carriers/testcell")
                .then()
                .statusCode(204);
        given().when().get("/carriers/testcell").then().statusCode(404);

        for (String[] record :
                List.of(
                        new String[] {"carrier", "testcell"},
                        new String[] {"number-range", "088"},
                        new String[] {"channel", "testcell-shop"},
                        new String[] {"promotion", "testcell-bonus"})) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.eventsFor(record[0], record[1]).size() >= 3);
            List<JsonNode> events = topic.eventsFor(record[0], record[1]);
            assertEquals(
                    List.of("created", "updated", "deleted"),
                    events.stream().map(e -> e.get("change").asText()).toList(),
                    record[0] + " " + record[1]);
            assertEquals(
                    List.of(0L, 1L, 1L),
                    events.stream().map(e -> e.get("version").asLong()).toList());
            assertTrue(
                    events.get(0).get("sequence").asLong()
                            < events.get(1).get("sequence").asLong());
            assertTrue(events.get(2).hasNonNull("occurredAt"));
        }
    }

    @Test
    void invalidInputIsAProblemNamingEveryFieldAtFault() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"id":"Bad Id","kind":"pigeon","names":{"fr":"x"},"operator":"X","carriers":["nar"],
                         "paymentMethods":["cheque"],"minAmount":{"value":"1.999","currency":"USD"},
                         "steps":{"en":[]},"source":"test","verifiedOn":"2026-11-01"}""")
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "id",
                                "kind",
                                "names",
                                "paymentMethods[0]",
                                "minAmount.value",
                                "minAmount.currency",
                                "steps[en]"));

        given().contentType(ContentType.JSON)
                .body(channel("ghost-shop", "ghostcell"))
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("carriers[0]"));
        // a maximum below the minimum, with its page: the channel's service refuses it, naming the
        // field
        given().contentType(ContentType.JSON)
                .body(
                        channel("upside-down", "nar")
                                .replace(
                                        "\"minAmount\":{\"value\":\"1\",",
                                        "\"maxAmount\":{\"value\":\"0.50\",\"currency\":\"AZN\"},\"minAmount\":{\"value\":\"1\",")
                                .replace(
                                        "\"facts\":{",
                                        "\"facts\":{\"maxAmount\":{\"status\":\"confirmed\",\"url\":\"https://example.org/test-fixture\",\"title\":\"Test fixture\",\"checkedOn\":\"2026-11-01\"},"))
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("maxAmount"));
        given().contentType(ContentType.JSON)
                .body(carrier(null, "Nameless"))
                .when()
                .post("/carriers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().contentType(ContentType.JSON)
                .body(carrier("oldcell", "Oldcell").replace("\"active\"", "\"retired\""))
                .when()
                .post("/carriers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("retiredOn"));
        given().contentType(ContentType.JSON)
                .body(
                        promotion("backwards", "nar", null)
                                .replace("2027-03-25T00:00:00Z", "2027-03-01T00:00:00Z"))
                .when()
                .post("/promotions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("validTo"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(carrier("bakcell", "Bakcell"))
                .when()
                .put("/carriers/nar")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"x\"")
                .when()
                .post("/carriers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** A value is written with the page that says it, or not at all: a fact with no page is unknown. */
    @Test
    void aFactIsWrittenWithItsSourceOrLeftUnknown() {
        String unsourcedFee =
                channel("no-source-shop", "nar")
                        .replace("\"denominations\":[]", "\"denominations\":[],\"feePercent\":0");
        given().contentType(ContentType.JSON)
                .body(unsourcedFee)
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("facts.fee"))
                .body("violations[0].message", containsString("needs the page that says it"));
        String withoutPage =
                channel("no-page-shop", "nar")
                        .replace(
                                "\"givesChange\":{\"status\":\"confirmed\",\"url\":\"https://example.org/test-fixture\",",
                                "\"givesChange\":{\"status\":\"confirmed\",");
        given().contentType(ContentType.JSON)
                .body(withoutPage)
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("facts.givesChange"));
        String foreignFact =
                channel("odd-fact-shop", "nar")
                        .replace("\"facts\":{", "\"facts\":{\"colour\":{\"status\":\"unknown\"},");
        given().contentType(ContentType.JSON)
                .body(foreignFact)
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("facts.colour"));
        // written without a fee: the fee is unknown, and says so
        given().contentType(ContentType.JSON)
                .body(channel("sourced-shop", "nar"))
                .when()
                .post("/channels")
                .then()
                .statusCode(201);
        given().when()
                .get("/channels/sourced-shop")
                .then()
                .statusCode(200)
                .body("feePercent", nullValue())
                .body("facts.fee.status", equalTo("unknown"))
                .body("facts.minAmount.status", equalTo("confirmed"))
                .body("facts.minAmount.title", equalTo("Test fixture"));
        given().header("If-Match", "*")
                .when()
                .delete("/channels/sourced-shop")
                .then()
                .statusCode(204);
    }

    /**
     * A credit advance is the one way that needs nothing at hand: it takes no payment method, and
     * states its code and terms with a page each; every other way takes something.
     */
    @Test
    void onlyACreditAdvanceNeedsNothingAtHandAndItsCodeAndTermsNeedAPage() {
        String page =
                "{\"status\":\"confirmed\",\"url\":\"https://example.org/test-fixture\","
                        + "\"title\":\"Test fixture\",\"checkedOn\":\"2026-11-01\"}";
        String sourced = "\"fee\":%1$s,\"denominations\":%1$s,\"terms\":%1$s".formatted(page);
        String advanceTemplate =
                """
                {"id":"test-advance","kind":"credit-advance","names":{"en":"Test credit"},"operator":"Test",
                 "carriers":["nar"],"paymentMethods":[],"denominations":[{"value":"1","currency":"AZN"}],
                 "feePercent":20,"dialCode":"*700#01#YES","terms":{"en":"Paid back from the next top-up."},
                 "steps":{"en":["Dial *700#01#YES"]},"facts":{%s},
                 "source":"test fixture","verifiedOn":"2026-11-01"}""";
        String advance = advanceTemplate.formatted(sourced + ",\"dialCode\":" + page);
        given().contentType(ContentType.JSON)
                .body(advance.replace("\"paymentMethods\":[]", "\"paymentMethods\":[\"cash\"]"))
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("paymentMethods"))
                .body("violations[0].message", containsString("needs nothing at hand"));
        given().contentType(ContentType.JSON)
                .body(
                        channel("nothing-shop", "nar")
                                .replace("\"paymentMethods\":[\"cash\"]", "\"paymentMethods\":[]"))
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("paymentMethods"))
                .body("violations[0].message", containsString("must not be empty"));
        // a code to dial with no page behind it is not stated
        given().contentType(ContentType.JSON)
                .body(advanceTemplate.formatted(sourced))
                .when()
                .post("/channels")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("facts.dialCode"));
        given().contentType(ContentType.JSON)
                .body(advance)
                .when()
                .post("/channels")
                .then()
                .statusCode(201);
        given().when()
                .get("/channels/test-advance")
                .then()
                .statusCode(200)
                .body("paymentMethods", equalTo(List.of()))
                .body("dialCode", equalTo("*700#01#YES"))
                .body("terms.en", equalTo("Paid back from the next top-up."))
                .body("facts.terms.status", equalTo("confirmed"));
        given().header("If-Match", "*")
                .when()
                .delete("/channels/test-advance")
                .then()
                .statusCode(204);
    }

    /**
     * The editors' worklist lists every fact with its status and the age of its page: the unknown
     * first, then those read longer ago than catalog.facts.stale-after (180 days), which the gauges count.
     */
    @Test
    void theAuditListsEveryFactUnknownFirstThenStaleAndTheGaugesCountThem() {
        String old =
                channel("old-page-shop", "nar")
                        .replace("\"checkedOn\":\"2026-11-01\"}", "\"checkedOn\":\"2020-01-15\"}");
        given().contentType(ContentType.JSON)
                .body(old)
                .when()
                .post("/channels")
                .then()
                .statusCode(201);
        io.restassured.response.Response audit =
                given().when()
                        .get("/catalog/audit")
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .extract()
                        .response();
        List<String> statuses = audit.jsonPath().getList("status");
        assertEquals("unknown", statuses.get(0));
        assertTrue(
                statuses.indexOf("confirmed") > statuses.lastIndexOf("unknown"),
                "the unknown come first");
        assertEquals(
                true,
                audit.jsonPath()
                        .getBoolean(
                                "find { it.id == 'old-page-shop' && it.fact == 'minAmount' }.stale"));
        assertEquals(
                "2020-01-15",
                audit.jsonPath()
                        .getString(
                                "find { it.id == 'old-page-shop' && it.fact == 'minAmount' }.checkedOn"));
        assertEquals(
                false,
                audit.jsonPath()
                        .getBoolean(
                                "find { it.id == 'azercell-kabinetim' && it.fact == 'minAmount' }.stale"));
        assertEquals(
                "unknown",
                audit.jsonPath()
                        .getString("find { it.id == 'millon-kiosk' && it.fact == 'fee' }.status"));
        // online channels have no opening hours to audit
        assertEquals(
                null,
                audit.jsonPath()
                        .<Object>get(
                                "find { it.id == 'azercell-kabinetim' && it.fact == 'openingHours' }"));
        long unknown = statuses.stream().filter("unknown"::equals).count();
        String metrics =
                Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(
                List.of("balans_catalog_facts_unknown " + (double) unknown),
                metrics.lines()
                        .filter(line -> line.startsWith("balans_catalog_facts_unknown"))
                        .toList(),
                "the unknown facts are counted");
        assertTrue(
                metrics.lines()
                        .anyMatch(
                                line -> line.matches("balans_catalog_facts_stale [1-9][0-9]*\\.0")),
                "a stale fact is counted");
        given().header("If-Match", "*")
                .when()
                .delete("/channels/old-page-shop")
                .then()
                .statusCode(204);
    }

    @Test
    void aWriteTheDatabaseRejectsIsRolledBackAndPublishesNothing() {
        // the holder's existence is checked by the foreign key, at the end of the transaction
        given().contentType(ContentType.JSON)
                .body(range("033", "ghostcell"))
                .when()
                .post("/number-ranges")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("holderId"));
        given().when().get("/number-ranges/033").then().statusCode(404);

        // a later write is published; the rejected one never is
        given().contentType(ContentType.JSON)
                .body(range("034", "nar"))
                .when()
                .post("/number-ranges")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> topic.eventsFor("number-range", "034").size() == 1);
        assertEquals(List.of(), topic.eventsFor("number-range", "033"));
    }

    @Test
    void concurrentUpdatesFromTheSameVersionLetOneWinAndAnswerTheOther412() throws Exception {
        given().contentType(ContentType.JSON)
                .body(carrier("racecell", "Racecell"))
                .when()
                .post("/carriers")
                .then()
                .statusCode(201);
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Racecell " + i;
            statuses.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return given().contentType(ContentType.JSON)
                                        .header("If-Match", "\"0\"")
                                        .body(carrier("racecell", name))
                                        .when()
                                        .put("/carriers/racecell")
                                        .then()
                                        .extract()
                                        .statusCode();
                            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();
        assertEquals(1, Collections.frequency(results, 200), "exactly one writer wins: " + results);
        assertEquals(
                writers - 1,
                Collections.frequency(results, 412),
                "the others are told it changed: " + results);
        given().when().get("/carriers/racecell").then().body("version", equalTo(1));
    }

    @Test
    void staleOrMissingPreconditionsAreRefused() {
        given().contentType(ContentType.JSON)
                .body(carrier("stalecell", "Stalecell"))
                .when()
                .post("/carriers")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(carrier("stalecell", "Stalecell"))
                .when()
                .put("/carriers/stalecell")
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(carrier("stalecell", "Stalecell 2"))
                .when()
                .put("/carriers/stalecell")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(carrier("stalecell", "Stalecell 3"))
                .when()
                .put("/carriers/stalecell")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("version 1"));
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/carriers/stalecell")
                .then()
                .statusCode(412);
        given().header("If-Match", "*").when().delete("/carriers/stalecell").then().statusCode(204);
        given().header("If-Match", "*").when().delete("/carriers/stalecell").then().statusCode(404);
    }

    @Test
    void conflictsAreExplained() {
        given().contentType(ContentType.JSON)
                .body(carrier("azercell", "Azercell"))
                .when()
                .post("/carriers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().header("If-Match", "*")
                .when()
                .delete("/carriers/azercell")
                .then()
                .statusCode(409)
                .body("detail", containsString("channel"));
        // a range still points at Naxtel, which no channel serves: the foreign key answers
        given().header("If-Match", "*")
                .when()
                .delete("/carriers/naxtel")
                .then()
                .statusCode(409)
                .body("detail", containsString("referred to"));
        given().when().get("/carriers").then().body("items.id", hasItems("azercell", "naxtel"));
    }

    private static String carrier(String id, String name) {
        return """
                {%s"names":{"en":"%s","ru":"%s"},"aliases":[],"kind":"mobile-operator","status":"active",
                 "balanceCode":"*100#","facts":{"balanceCode":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"}},
                 "source":"test fixture","verifiedOn":"2026-11-01"}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", name, name);
    }

    private static String range(String prefix, String holder) {
        return """
                {"prefix":"%s","holderId":"%s","numberType":"mobile","source":"test fixture","verifiedOn":"2026-11-01"}"""
                .formatted(prefix, holder);
    }

    private static String channel(String id, String carrier) {
        return """
                {"id":"%s","kind":"store","names":{"en":"Test shop"},"operator":"Test","carriers":["%s"],
                 "paymentMethods":["cash"],"givesChange":true,"minAmount":{"value":"1","currency":"AZN"},
                 "denominations":[],"openingHours":[{"day":"MONDAY","opens":"09:00","closes":"18:00"}],
                 "cities":["Baku"],"languages":["az"],"steps":{"en":["Go there","Pay"]},
                 "facts":{"givesChange":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"},"minAmount":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"},"openingHours":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"}},
                 "source":"test fixture","verifiedOn":"2026-11-01"}"""
                .formatted(id, carrier);
    }

    private static String promotion(String id, String carrier, String channel) {
        return """
                {"id":"%s","carrierId":"%s",%s"texts":{"en":"Bonus"},
                 "validFrom":"2027-03-18T00:00:00Z","validTo":"2027-03-25T00:00:00Z",
                 "minAmount":{"value":"5.00","currency":"AZN"},"source":"test fixture","verifiedOn":"2026-11-01"}"""
                .formatted(
                        id, carrier, channel == null ? "" : "\"channelId\":\"" + channel + "\",");
    }
}
