package az.balans.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads over the seeded catalog; this class writes nothing, so the seed is all there is. */
@QuarkusTest
@WithPostgres
@WithKafka
class CatalogReadTest {

    @Test
    void carriersIncludeRetiredOnesAndOtherRangeHoldersWithTheirSources() {
        given().when()
                .get("/carriers")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        containsInAnyOrder(
                                "azercell", "bakcell", "nar", "naxtel", "fonex", "aztelekom"))
                .body("total", equalTo(6))
                .body("items.source", everyItem(notNullValue()))
                .body("items.verifiedOn", everyItem(notNullValue()));
        given().when()
                .get("/carriers/naxtel")
                .then()
                .statusCode(200)
                .body("status", equalTo("retired"))
                .body("retiredOn", equalTo("2025-12-01"))
                // as the carrier wrote its name, in every language
                .body("names.ru", equalTo("Naxtel"));
        given().when()
                .get("/carriers/nar")
                .then()
                .statusCode(200)
                .body("retiredOn", nullValue())
                .body("aliases", hasItems("Nar Mobile", "Azerfon"))
                .body("balanceCode", containsString("*777#YES"));
    }

    /**
     * A person can check every seeded fact: its source names a web address, libphonenumber, or a
     * publisher's press release, never the project's own research notes. (Test fixtures and the
     * demo data say what they are.)
     */
    @Test
    void everySeededSourceIsAPublicReference() {
        Response catalog =
                given().when().get("/catalog").then().statusCode(200).extract().response();
        List<String> sources = new ArrayList<>();
        for (String collection :
                List.of("carriers", "numberRanges", "channels", "promotions", "failureCodes")) {
            sources.addAll(catalog.jsonPath().getList(collection + ".source", String.class));
        }
        assertThat(sources.size(), org.hamcrest.Matchers.greaterThan(40));
        List<String> notPublic =
                sources.stream()
                        .filter(
                                source ->
                                        !source.startsWith("test fixture")
                                                && !source.startsWith("Balans demo"))
                        .filter(
                                source ->
                                        source.contains("domain.md")
                                                || source.contains("founding article")
                                                || !source.matches(
                                                        ".*(https://|[a-z0-9-]+\\.(com|az|org)\\b|libphonenumber|press release).*"))
                        .distinct()
                        .toList();
        assertEquals(List.of(), notPublic);
    }

    /**
     * Every fact the catalog serves names the page that says it (address, title, date checked) or is
     * unknown, and every value has such a page behind it: nothing the advice rests on is a guess.
     */
    @Test
    void everyFactServedHasItsSourceOrIsUnknown() {
        Response catalog =
                given().when().get("/catalog").then().statusCode(200).extract().response();
        Map<String, Map<String, String>> valueOf =
                Map.of(
                        "carriers", Map.of("balanceCode", "balanceCode", "topUpCode", "topUpCode"),
                        "channels",
                                Map.of(
                                        "fee",
                                        "feePercent",
                                        "minAmount",
                                        "minAmount",
                                        "maxAmount",
                                        "maxAmount",
                                        "minutesToCredit",
                                        "minutesToCredit",
                                        "givesChange",
                                        "givesChange"),
                        "failureCodes", Map.of("wait", "waitSeconds"));
        List<String> faults = new ArrayList<>();
        int facts = 0;
        for (String collection : valueOf.keySet()) {
            List<Map<String, Object>> records = catalog.jsonPath().getList(collection);
            assertThat(records.size(), org.hamcrest.Matchers.greaterThan(0));
            for (Map<String, Object> record : records) {
                String where = collection + " " + record.get("id");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> sources =
                        (Map<String, Map<String, Object>>) record.get("facts");
                if (sources == null || sources.isEmpty()) {
                    faults.add(where + ": no facts");
                    continue;
                }
                for (Map.Entry<String, Map<String, Object>> fact : sources.entrySet()) {
                    facts++;
                    Object status = fact.getValue().get("status");
                    boolean sourced = "confirmed".equals(status) || "reported".equals(status);
                    if (sourced
                            && !(String.valueOf(fact.getValue().get("url")).startsWith("https://")
                                    && fact.getValue().get("title") != null
                                    && fact.getValue().get("checkedOn") != null)) {
                        faults.add(
                                where + " " + fact.getKey() + ": " + status + " without its page");
                    } else if (!sourced && !"unknown".equals(status)) {
                        faults.add(where + " " + fact.getKey() + ": status " + status);
                    }
                    String valueField = valueOf.get(collection).get(fact.getKey());
                    if (valueField != null && record.get(valueField) != null && !sourced) {
                        faults.add(
                                where
                                        + " "
                                        + fact.getKey()
                                        + ": a value ("
                                        + record.get(valueField)
                                        + ") with no source");
                    }
                }
            }
        }
        assertThat(facts, org.hamcrest.Matchers.greaterThan(150));
        assertEquals(List.of(), faults);
    }

    /** No page publishes the fee of any seeded channel, or that it has none: every fee is unknown, never zero. */
    @Test
    void noSeededFeeIsAssertedWithoutAPage() {
        // the only fees published are the carriers' own, for their credit advances; every other
        // seeded fee is unknown
        given().when()
                .get("/catalog")
                .then()
                .statusCode(200)
                .body(
                        "channels.findAll { it.feePercent != null || it.feeFixed != null }.id",
                        containsInAnyOrder("bakcell-klasskredit", "nar-kredit"))
                .body(
                        "channels.findAll { it.feePercent != null || it.feeFixed != null }.facts.fee.status",
                        everyItem(equalTo("confirmed")))
                .body(
                        "channels.findAll { it.feePercent == null && it.feeFixed == null }.facts.fee.status",
                        everyItem(equalTo("unknown")));
        // a shop's hours are not published: unknown, which is not "always open"
        given().when()
                .get("/channels/azercell-store-baku")
                .then()
                .statusCode(200)
                .body("openingHours", nullValue())
                .body("facts.openingHours.status", equalTo("unknown"));
        given().when()
                .get("/channels/azercell-kabinetim")
                .then()
                .statusCode(200)
                .body("facts.minAmount.status", equalTo("confirmed"))
                .body("facts.minAmount.url", containsString("azercell.com"))
                .body("facts.minAmount.checkedOn", equalTo("2026-12-03"));
    }

    /** JAX-RS would answer a page number it cannot read as if the path did not exist (404); it is the caller's mistake, named. */
    @Test
    void aPagingParameterThatIsNotAWholeNumberIsA400NamingIt() {
        for (String[] query :
                new String[][] {{"page", "abc"}, {"size", "1.5"}, {"page", "99999999999"}}) {
            given().queryParam(query[0], query[1])
                    .when()
                    .get("/carriers")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(query[0]));
        }
        given().queryParam("at", "-1000000000-01-01T00:00:00Z")
                .when()
                .get("/promotions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("at"));
    }

    @Test
    void anUnknownCarrierIsAProblem() {
        given().when()
                .get("/carriers/kcell")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("kcell"));
    }

    @Test
    void channelsFilterByCarrierKindCityAndPaymentMethod() {
        given().when()
                .get("/channels?carrier=nar&size=200")
                .then()
                .statusCode(200)
                .body("items.carriers", everyItem(hasItem("nar")))
                .body(
                        "items.id",
                        hasItems("nar-plus", "nar-store-baku", "millon-kiosk", "nar-scratch-card"))
                .body("items.id", not(hasItem("azercell-kabinetim")));
        given().when()
                .get("/channels?kind=kiosk")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder("millon-kiosk", "emanat-kiosk"))
                .body("items[0].givesChange", equalTo(false))
                .body("items[0].paymentMethods", equalTo(List.of("cash")));
        // a shop is in one city; an app is anywhere
        given().when()
                .get("/channels?city=Ganja&size=200")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        hasItems("azercell-store-ganja", "azercell-kabinetim", "birbank-app"))
                .body("items.id", not(hasItem("azercell-store-baku")));
        given().when()
                .get("/channels?carrier=azercell&paymentMethod=international-card&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItems("azercell-kabinetim", "azercell-store-baku"))
                .body("items.id", not(hasItem("millon-kiosk")))
                .body("items.paymentMethods", everyItem(hasItem("international-card")));
    }

    @Test
    void channelsCarryMoneyStepsInFourLanguagesAndTheirSource() {
        given().when()
                .get("/channels/azercell-scratch-card")
                .then()
                .statusCode(200)
                .body("kind", equalTo("scratch-card"))
                .body(
                        "denominations.value",
                        equalTo(
                                List.of(
                                        "1.00", "2.00", "3.00", "5.00", "10.00", "25.00", "50.00",
                                        "100.00")))
                .body("denominations[0].currency", equalTo("AZN"))
                .body("steps.keySet()", containsInAnyOrder("en", "az", "ru", "zh"))
                .body("steps.en[1]", containsString("*101*"));
        given().when()
                .get("/channels/azercell-kabinetim")
                .then()
                .statusCode(200)
                .body("minAmount.value", equalTo("1.00"))
                .body("minutesToCredit", equalTo(30))
                .body("verified", equalTo(true))
                .body("source", containsString("Azercell"));
        given().when()
                .get("/channels/paysend")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("notes", containsString("not verified"));
    }

    /**
     * The ways out at a zero balance: each carrier's credit advance, which needs nothing at hand,
     * with its code, its terms and its cost, each from the carrier's own page; where the carrier's
     * pages disagree, the advance is not verified and what is not clear is unknown.
     */
    @Test
    void creditAdvancesNeedNothingAndStateTheirCodeTermsAndCostWithTheirPages() {
        given().when()
                .get("/channels?kind=credit-advance")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        containsInAnyOrder(
                                "azercell-simkredit", "bakcell-klasskredit", "nar-kredit"))
                .body("items.paymentMethods", everyItem(equalTo(List.of())));
        given().when()
                .get("/channels/bakcell-klasskredit")
                .then()
                .statusCode(200)
                .body("dialCode", equalTo("*250*1#, *250*2#, *250*5#"))
                .body("denominations.value", equalTo(List.of("1.00", "2.00", "5.00")))
                .body("feePercent", equalTo(20.0f))
                .body("feeFixed.value", equalTo("0.06"))
                .body("terms.en", containsString("Klass subscribers only"))
                .body("terms.keySet()", containsInAnyOrder("en", "az", "ru", "zh"))
                .body("facts.dialCode.status", equalTo("confirmed"))
                .body("facts.dialCode.url", equalTo("https://www.bakcell.com/en/klasskredit"))
                .body("facts.terms.url", equalTo("https://www.bakcell.com/en/klasskredit"));
        given().when()
                .get("/channels/nar-kredit")
                .then()
                .statusCode(200)
                .body("steps.en[0]", containsString("*700#03#YES"))
                .body("facts.fee.url", equalTo("https://nar.az/en/senin-ucun/nar-kredit"));
        // what someone else takes for the person, on their own phone: needs nothing at hand either
        given().when()
                .get("/channels?kind=by-someone-else")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        containsInAnyOrder(
                                "azercell-scratch-card-for-another", "nar-balance-transfer"))
                .body("items.paymentMethods", everyItem(equalTo(List.of())));
        given().when()
                .get("/channels/nar-balance-transfer")
                .then()
                .statusCode(200)
                .body("dialCode", equalTo("*790#<number>#1#YES"))
                .body("facts.dialCode.url", equalTo("https://www.nar.az/en/senin-ucun/nar-plus"))
                .body(
                        "facts.terms.url",
                        equalTo("https://www.nar.az/en/senin-ucun/balans-kocurme/"))
                .body("terms.en", containsString("0.12 AZN"));
        given().when()
                .get("/channels/azercell-simkredit")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("feePercent", nullValue())
                .body("facts.fee.status", equalTo("unknown"))
                .body("facts.terms.status", equalTo("reported"));
    }

    @Test
    void everyKindAndEveryActiveCarrierHasChannels() {
        for (String kind :
                List.of(
                        "store",
                        "carrier-online",
                        "kiosk",
                        "bank-app",
                        "scratch-card",
                        "credit-advance",
                        "by-someone-else")) {
            given().when()
                    .get("/channels?kind=" + kind)
                    .then()
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.greaterThan(0));
        }
        for (String carrier : List.of("azercell", "bakcell", "nar")) {
            given().when()
                    .get("/channels?carrier=" + carrier)
                    .then()
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.greaterThan(2));
        }
        given().when()
                .get("/channels")
                .then()
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(15));
    }

    @Test
    void pagesPartitionTheList() {
        int total =
                given().when()
                        .get("/channels?size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * 5 < total; page++) {
            Response response =
                    given().when()
                            .get("/channels?size=5&page=" + page)
                            .then()
                            .statusCode(200)
                            .body("page", equalTo(page))
                            .body("size", equalTo(5))
                            .extract()
                            .response();
            seen.addAll(response.path("items.id"));
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "a channel appeared on two pages");
        given().when()
                .get("/channels?size=5&page=" + (total / 5 + 1))
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void outOfRangePagingIsAProblemNamingTheParameter() {
        given().when()
                .get("/channels?size=500")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
        given().when()
                .get("/channels?page=-1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/carriers?page=2147483647",
                "/number-ranges?page=2147483647",
                "/channels?page=99999999&size=200",
                "/promotions?page=1000001",
                "/channels?page=\u0660\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667"
            })
    void aPageBeyondAnyListIsAProblemNamingThePageNotAServerError(String path) {
        given().urlEncodingEnabled(true)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void promotionsFilterByCarrierAndValidity() {
        given().when()
                .get("/promotions?carrier=azercell&at=2027-03-20T12:00:00Z")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of("demo-azercell-novruz-bonus")))
                .body("items[0].minAmount.value", equalTo("10.00"))
                .body("items[0].texts.zh", notNullValue());
        given().when()
                .get("/promotions?carrier=azercell&at=2026-11-25T12:00:00Z")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().when()
                .get("/promotions?carrier=nar&at=2027-03-20T12:00:00Z")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().when()
                .get("/promotions?at=not-a-time")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void numberRangesFilterByHolder() {
        given().when()
                .get("/number-ranges?holder=bakcell")
                .then()
                .statusCode(200)
                .body("items.prefix", equalTo(List.of("055", "099")));
        given().when()
                .get("/number-ranges/036554")
                .then()
                .statusCode(200)
                .body("holderId", equalTo("naxtel"));
    }

    @Test
    void theWholeCatalogHasAStrongETagAnd304WhileUnchanged() {
        Response first =
                given().when()
                        .get("/catalog")
                        .then()
                        .statusCode(200)
                        .body("carriers", hasSize(6))
                        .body("numberRanges", hasSize(11))
                        .body("channels.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(15))
                        .body("promotions", hasSize(1))
                        .extract()
                        .response();
        String etag = first.header("ETag");
        assertThat(etag, not(containsString("W/")));
        given().header("If-None-Match", etag)
                .when()
                .get("/catalog")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"something-else\"")
                .when()
                .get("/catalog")
                .then()
                .statusCode(200);
    }

    @Test
    void aRecordsETagIsItsVersion() {
        Response bakcell =
                given().when().get("/carriers/bakcell").then().statusCode(200).extract().response();
        String etag = bakcell.header("ETag");
        assertEquals("\"" + bakcell.jsonPath().getLong("version") + "\"", etag);
        given().header("If-None-Match", etag)
                .when()
                .get("/carriers/bakcell")
                .then()
                .statusCode(304);
    }
}
