package az.balans.advisor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.testsupport.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A prober walking through numbers is held back: each client (the address the ingress names in
 * X-Forwarded-For) may send 120 requests a minute, and the next is a 429 that says when to come
 * back. Other clients go on as before, and the refusals are counted for the enumeration alert.
 */
@QuarkusTest
class RateLimitTest extends StubbedNeighboursTest {

    private static final Pattern REFUSED =
            Pattern.compile(
                    "^balans_rate_limited_total(?:\\{[^}]*})? ([0-9.E+-]+)", Pattern.MULTILINE);

    @Test
    void aClientPastItsLimitIsToldWhenToComeBackAndOthersAreNotHeldBack() {
        double refusedBefore = refusals();
        int admitted = 0;
        Response refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            Response response =
                    given().header("X-Forwarded-For", "203.0.113.7")
                            .when()
                            .get("/numbers/{n}", String.format("05512%05d", i));
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                response.then().statusCode(200);
                admitted++;
            }
        }
        assertNotNull(refused, "300 lookups in a row from one client were all answered");
        // the whole burst is honoured (and a little more: a request comes back every half second)
        assertTrue(admitted >= 120 && admitted < 140, admitted + " admitted before the first 429");
        refused.then()
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("Try again in"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));

        given().header("X-Forwarded-For", "203.0.113.8")
                .when()
                .get("/numbers/{n}", "0501234567")
                .then()
                .statusCode(200);
        // every path counts against the same client; it keeps being refused while it keeps sending
        // (a request comes back every half second, so one of these may pass)
        int refusedNow = 0;
        for (int i = 0; i < 10; i++) {
            refusedNow +=
                    given().header("X-Forwarded-For", "203.0.113.7")
                                            .contentType("application/json")
                                            .body(
                                                    "{\"number\":\"0501234567\",\"paymentMethods\":[\"cash\"]}")
                                            .when()
                                            .post("/recommendations")
                                            .statusCode()
                                    == 429
                            ? 1
                            : 0;
        }
        assertTrue(refusedNow >= 5, refusedNow + " of 10 recommendations refused");
        assertTrue(refusals() >= refusedBefore + 1 + refusedNow, "the refusals are counted");
    }

    private static double refusals() {
        String metrics =
                Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher refused = REFUSED.matcher(metrics);
        return refused.find() ? Double.parseDouble(refused.group(1)) : 0;
    }
}
