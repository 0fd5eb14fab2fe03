package az.balans.testsupport;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * The management interface of the service under test: health, metrics and the API document answer
 * there, on a port of their own chosen at start, never on the public one.
 */
public final class Management {

    private Management() {}

    /** A request to the management interface, as {@code RestAssured.given()} is to the public API. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri(baseUri());
    }

    /** {@code http://host:port} of the management interface, without its root path. */
    public static String baseUri() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
