package az.balans.catalog;

import static az.balans.testsupport.SpansInMemory.awaitSpan;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A catalog write is one trace from the admin's request to catalog-changes, though the change is
 * published later by the outbox relay: the outbox row keeps the write's trace. (Spans from memory, tests only.)
 */
@QuarkusTest
@WithPostgres
@WithKafka
class TracingTest {

    @Inject InMemorySpanExporter spans;

    @Test
    void aWriteAndItsPublicationAreOneTrace() {
        given().auth()
                .oauth2(TestTokens.withRole("catalog-admin"))
                .contentType(ContentType.JSON)
                .body(
                        """
                        {"id":"tracecell","names":{"en":"Tracecell"},"aliases":[],"kind":"mobile-operator","status":"active",
                         "balanceCode":"*100#","facts":{"balanceCode":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"}},"source":"test fixture","verifiedOn":"2026-11-01"}""")
                .when()
                .post("/carriers")
                .then()
                .statusCode(201);

        SpanData write =
                awaitSpan(
                        spans,
                        "of the admin's write",
                        span ->
                                span.getKind() == SpanKind.SERVER
                                        && span.getName().equals("POST /carriers"));
        SpanData publication =
                awaitSpan(
                        spans,
                        "publishing the write to catalog-changes",
                        span ->
                                span.getKind() == SpanKind.PRODUCER
                                        && span.getTraceId().equals(write.getTraceId()));
        assertEquals("catalog-changes publish", publication.getName());
        assertEquals(
                write.getSpanId(),
                publication.getParentSpanId(),
                "the write is the publication's parent");
        assertEquals(
                "catalog-changes",
                publication
                        .getAttributes()
                        .get(AttributeKey.stringKey("messaging.destination.name")));
    }
}
