package az.balans.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** Every catalog endpoint against every kind of caller. Writes carry a bad body, so a 400 proves the caller got past security. */
@QuarkusTest
@WithPostgres
@WithKafka
class CatalogSecurityTest {

    private static final String BAD_BODY = "{}";

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
        // reads: everyone
        "GET, /carriers, none, 200",
        "GET, /carriers/azercell, none, 200",
        "GET, /number-ranges, none, 200",
        "GET, /channels, none, 200",
        "GET, /promotions, none, 200",
        "GET, /catalog, none, 200",
        "GET, /carriers, subscriber, 200",
        "GET, /catalog, support-agent, 200",
        "GET, /channels, service, 200",
        // the editors' worklist: catalog-admin only
        "GET, /catalog/audit, none, 401",
        "GET, /catalog/audit, support-agent, 403",
        "GET, /catalog/audit, catalog-admin, 200",
        // writes: catalog-admin only
        "POST, /carriers, none, 401",
        "POST, /carriers, subscriber, 403",
        "POST, /carriers, support-agent, 403",
        "POST, /carriers, service, 403",
        "POST, /carriers, catalog-admin, 400",
        "PUT, /carriers/azercell, none, 401",
        "PUT, /carriers/azercell, support-agent, 403",
        "PUT, /carriers/azercell, catalog-admin, 400",
        "DELETE, /carriers/azercell, none, 401",
        "DELETE, /carriers/azercell, service, 403",
        "DELETE, /carriers/azercell, catalog-admin, 428",
        "POST, /number-ranges, none, 401",
        "POST, /number-ranges, subscriber, 403",
        "POST, /number-ranges, catalog-admin, 400",
        "PUT, /number-ranges/050, service, 403",
        "DELETE, /number-ranges/050, none, 401",
        "POST, /channels, none, 401",
        "POST, /channels, support-agent, 403",
        "POST, /channels, catalog-admin, 400",
        "PUT, /channels/nar-plus, subscriber, 403",
        "DELETE, /channels/nar-plus, none, 401",
        "POST, /promotions, none, 401",
        "POST, /promotions, service, 403",
        "POST, /promotions, catalog-admin, 400",
        "PUT, /promotions/demo-azercell-novruz-bonus, support-agent, 403",
        "DELETE, /promotions/demo-azercell-novruz-bonus, none, 401"
    })
    void everyEndpointAnswersEachCallerAsItShould(
            String method, String path, String caller, int status) {
        request(caller)
                .contentType("application/json")
                .body(BAD_BODY)
                .when()
                .request(method, path)
                .then()
                .statusCode(status);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("az.balans.testsupport.TestTokens#REFUSED_KINDS")
    void aTokenThatFailsVerificationIsA401ProblemWithoutInternals(String kind) {
        String token = TestTokens.refused(kind, "catalog-admin");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(BAD_BODY)
                .when()
                .post("/carriers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("title", equalTo("Unauthorized"));
    }

    private static RequestSpecification request(String caller) {
        return switch (caller) {
            case "none" -> given();
            case "subscriber" -> given().auth().oauth2(TestTokens.subscriber("+994501234567"));
            default -> given().auth().oauth2(TestTokens.withRole(caller));
        };
    }
}
