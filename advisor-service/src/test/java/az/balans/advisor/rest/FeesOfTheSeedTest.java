package az.balans.advisor.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import az.balans.advisor.NeighboursStub;
import az.balans.testsupport.Management;
import az.balans.testsupport.WithKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14's first measured case, on the catalog's own seed: a nar number paid with a foreign card.
 * Ding and Paysend charge fees nobody publishes for Azerbaijan; the answer must say the fee is not
 * known, in the language asked, and never "no fee".
 */
@QuarkusTest
@WithKafka
@WithTestResource(
        value = NeighboursStub.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs =
                @ResourceArg(
                        name = NeighboursStub.CATALOG_FIXTURE,
                        value = "/stubs/catalog-seed.json"))
class FeesOfTheSeedTest {

    @ParameterizedTest
    @MethodSource("unknownAndNoFee")
    void aForeignCardOnANarNumberIsNeverToldThatDingOrPaysendIsFree(
            String language, String unknown, String noFee) {
        assertNoFeeIsClaimed(
                language,
                unknown,
                noFee,
                "070 555 01 23",
                "international-card",
                "2026-11-24T06:00:00Z",
                new String[] {"ding", "paysend"});
    }

    /** The measured case: Birbank was ranked first for an e-wallet at 02:00 as "No fee". No page publishes any seeded fee. */
    @ParameterizedTest
    @MethodSource("unknownAndNoFee")
    void aWalletAtTwoInTheMorningIsToldNoFeeAnywhere(
            String language, String unknown, String noFee) {
        assertNoFeeIsClaimed(
                language,
                unknown,
                noFee,
                "050 123 45 67",
                "wallet",
                "2026-11-23T22:00:00Z",
                new String[] {"birbank-app"});
    }

    /** In each language: how an unknown fee is said, and the "no fee" that must never be said without a page. */
    static Stream<Arguments> unknownAndNoFee() {
        return Stream.of(
                Arguments.of("en", "Fee not published: ask before paying.", "No fee."),
                Arguments.of(
                        "az",
                        "Komissiya dərc olunmayıb: ödəməzdən əvvəl soruşun.",
                        "Komissiya yoxdur."),
                Arguments.of(
                        "ru", "Комиссия не опубликована: уточните перед оплатой.", "Без комиссии."),
                Arguments.of("zh", "手续费未公布：付款前请先询问。", "无手续费。"));
    }

    private static void assertNoFeeIsClaimed(
            String language,
            String unknown,
            String noFee,
            String number,
            String method,
            String at,
            String[] channels) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
        for (String channel : channels) {
            String option = "options.find { it.channelId == '" + channel + "' }";
            given().contentType(ContentType.JSON)
                    .header("Accept-Language", language)
                    .body(
                            "{\"number\":\""
                                    + number
                                    + "\",\"amount\":{\"value\":\"10\",\"currency\":\"AZN\"},"
                                    + "\"paymentMethods\":[\""
                                    + method
                                    + "\"],\"at\":\""
                                    + at
                                    + "\"}")
                    .when()
                    .post("/recommendations")
                    .then()
                    .statusCode(200)
                    .body(option + ".fee", nullValue())
                    .body(option + ".reasons", hasItem(unknown))
                    .body(option + ".reasons", not(hasItem(noFee)))
                    .body("options.reasons.flatten()", not(hasItem(noFee)));
        }
    }
}
