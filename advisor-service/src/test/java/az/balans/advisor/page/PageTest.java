package az.balans.advisor.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page over plain HTTP: what any browser gets, with or without JavaScript. */
@QuarkusTest
class PageTest extends StubbedNeighboursTest {

    private static final Pattern LINKS =
            Pattern.compile("(?:href|src|action|formaction)=\"([^\"]*)\"");

    @TestHTTPResource("/")
    URL root;

    @Test
    void thePageSpeaksTheBrowsersLanguageOrTheOneChosenAndLoadsNothingFromElsewhere() {
        String page =
                given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                        .when()
                        .get("/")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/html"))
                        .header("Content-Security-Policy", containsString("default-src 'self'"))
                        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                        .header("X-Content-Type-Options", "nosniff")
                        .extract()
                        .asString();
        assertTrue(page.contains("<html lang=\"zh\">"), "lang follows Accept-Language");
        assertTrue(page.contains("为号码充值"));
        given().header("Accept-Language", "zh")
                .queryParam("lang", "az")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"az\">"));
        for (String path : List.of("/", "/failed", "/status")) {
            String html =
                    given().when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .header("Content-Security-Policy", containsString("default-src 'self'"))
                            .extract()
                            .asString();
            Matcher link = LINKS.matcher(html);
            while (link.find()) {
                assertTrue(
                        link.group(1).startsWith("/") || link.group(1).startsWith("#"),
                        path + " links outside: " + link.group(1));
            }
            assertTrue(
                    !html.contains("style=")
                            && !html.contains("<script>")
                            && !html.contains("onclick"),
                    path + " has inline code");
        }
    }

    @Test
    void assetsAreServedUnderTheirContentHashForAYear() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher stylesheet =
                Pattern.compile("href=\"(/assets/([0-9a-f]{12})/page\\.css)\"").matcher(page);
        assertTrue(stylesheet.find(), "the stylesheet is linked by hash");
        given().when()
                .get(stylesheet.group(1))
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().when()
                .get("/assets/000000000000/page.css")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theFirstLoadIsUnder30KilobytesCompressed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = fetch(client, "");
        assertEquals(
                "gzip",
                page.headers().firstValue("Content-Encoding").orElse(""),
                "the page travels compressed");
        String html = given().when().get("/").then().extract().asString();
        long total = page.body().length;
        Matcher asset = Pattern.compile("(?:href|src)=\"/(assets/[^\"]+)\"").matcher(html);
        int assets = 0;
        while (asset.find()) {
            total += fetch(client, asset.group(1)).body().length;
            assets++;
        }
        assertEquals(2, assets, "one stylesheet and one script");
        assertTrue(total < 30 * 1024, "first load transfers " + total + " bytes");
    }

    @Test
    void numbersArePostedNotPutInTheUrlAndTheAnswerComesBackAsAPage() {
        Response response =
                given().formParam("number", "0501234567")
                        .formParam("method", "cash")
                        .formParam("action", "show")
                        .when()
                        .post("/?lang=en")
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", "no-store")
                        .extract()
                        .response();
        assertTrue(response.asString().contains("id=\"options-heading\""));
        assertTrue(response.asString().contains("+994501234567"));
        // GET does not take a number: it only shows the empty form
        given().queryParam("number", "0501234567")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString("+994501234567")));
    }

    @Test
    void anAttemptNeedsTheSameRightsOnThePageAsOnTheApi() {
        neighbours.stubFor(
                get("/attempts/att-77")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"attemptId\":\"att-77\",\"msisdn\":\"+994551234567\",\"state\":\"succeeded\",\"carrier\":\"bakcell\","
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
        // anonymous: refused at the field, as the API answers 401
        given().formParam("number", "055 123 45 67")
                .formParam("attemptId", "att-77")
                .when()
                .post("/failed?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("id=\"attemptId-error\""))
                .body(not(containsString("class=\"card cause\"")));
        given().contentType("application/json")
                .body("{\"number\":\"055 123 45 67\",\"attemptId\":\"att-77\"}")
                .when()
                .post("/diagnoses")
                .then()
                .statusCode(401);
        // another subscriber: not found, as the API answers 404
        given().auth()
                .oauth2(TestTokens.subscriber("+994501112233"))
                .formParam("number", "055 123 45 67")
                .formParam("attemptId", "att-77")
                .when()
                .post("/failed?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("There is no such attempt for this number."));
        // a support agent: the attempt is read, and the diagnosis rests on it
        given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .formParam("number", "055 123 45 67")
                .formParam("attemptId", "att-77")
                .when()
                .post("/failed?lang=en")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Balans&#39;s record of this top-up: went through"));
    }

    @Test
    void withHistoryAwayThePageSaysSoAndStillAnswersFromTheCatalog() {
        neighbours.stubFor(
                get(urlPathMatching("/subscribers/.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        neighbours.stubFor(
                get(urlPathMatching("/channels/health.*"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
        given().formParam("number", "055 123 45 67")
                .formParam("method", "international-card")
                .formParam("action", "show")
                .when()
                .post("/?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("id=\"warnings-heading\""))
                .body(containsString("Balans could not read its records of past top-ups"))
                .body(containsString("id=\"options-heading\""))
                .body(containsString("Bakcell app"));
        given().when()
                .get("/status?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("Balans could not read its records of past top-ups"))
                .body(containsString("No live data"));
    }

    /** Azerbaijani and Russian write a decimal comma: "5,50" is five manat fifty, on both forms, and is kept as typed. */
    @Test
    void anAmountWithADecimalCommaIsTakenAsTyped() {
        for (String language : List.of("az", "ru")) {
            given().formParam("number", "050 123 45 67")
                    .formParam("method", "cash")
                    .formParam("amount", "5,50")
                    .formParam("action", "show")
                    .when()
                    .post("/?lang=" + language)
                    .then()
                    .statusCode(200)
                    .body(containsString("id=\"options-heading\""))
                    .body(not(containsString("id=\"amount-error\"")))
                    .body(containsString("value=\"5,50\""));
        }
        given().formParam("number", "050 123 45 67")
                .formParam("amount", "5,50")
                .formParam("action", "show")
                .when()
                .post("/failed?lang=ru")
                .then()
                .statusCode(200)
                .body(containsString("id=\"causes-heading\""))
                .body(not(containsString("id=\"amount-error\"")));
        // a comma that is not a decimal one is still refused at the field
        given().formParam("number", "050 123 45 67")
                .formParam("method", "cash")
                .formParam("amount", "5,50,1")
                .formParam("action", "show")
                .when()
                .post("/?lang=az")
                .then()
                .statusCode(200)
                .body(containsString("id=\"amount-error\""));
    }

    @Test
    void badInputIsToldAtTheFieldNeverAsAnError() {
        given().formParam("number", "050 123 45 67")
                .formParam("method", "bitcoin")
                .formParam("amount", "five")
                .formParam("time", "25:99")
                .formParam("action", "show")
                .when()
                .post("/?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("id=\"methods-error\""))
                .body(containsString("id=\"amount-error\""))
                .body(containsString("id=\"time-error\""));
        given().formParam("number", "x".repeat(5000))
                .formParam("description", "\u0000")
                .when()
                .post("/failed?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("id=\"number-error\""));
        given().contentType("application/json").body("{}").when().post("/").then().statusCode(415);
    }

    private HttpResponse<byte[]> fetch(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(
                                URI.create(root.toString().replaceAll("/$", "") + "/" + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
