package az.balans.catalog.rest;

import az.balans.local.infra.test.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithPostgres
class CarrierResourceTest {

    @Test
    void listsTheSeededCarriersWithTheirSources() {
        given().when().get("/carriers")
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", hasItems("azercell", "bakcell", "nar", "naxtel"))
                .body("source", everyItem(notNullValue()))
                .body("verifiedOn", everyItem(notNullValue()));
    }

    @Test
    void naxtelIsRetiredSinceTheFirstOfDecember2025() {
        given().when().get("/carriers/naxtel")
                .then().statusCode(200)
                .body("status", equalTo("retired"))
                .body("retiredOn", equalTo("2025-12-01"));
        given().when().get("/carriers/azercell")
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("retiredOn", nullValue());
    }

    @Test
    void anUnknownCarrierIsAProblemNotAStackTrace() {
        given().when().get("/carriers/kcell")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("kcell"));
    }
}
