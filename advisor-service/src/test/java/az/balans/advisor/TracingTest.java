package az.balans.advisor;

import static az.balans.testsupport.SpansInMemory.awaitSpan;
import static az.balans.testsupport.SpansInMemory.traceHeadersOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Traces as an operator follows them through the advisor: a recommendation that reads history is one
 * trace with the call to history in it (history continues it: its own TracingTest), and a catalog
 * change heard on catalog-changes is one trace from its producer to the advisor's fetch of the new
 * catalog. Spans are read from memory (tests only); the neighbours are stubs that record the headers.
 */
@QuarkusTest
class TracingTest extends StubbedNeighboursTest {

    private static final String NUMBER = "+994707700001";

    @Inject InMemorySpanExporter spans;

    @Inject OpenTelemetry openTelemetry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRecommendationThatReadsHistoryIsOneTraceWithTheCallToHistoryInIt() {
        neighbours.stubFor(
                get("/subscribers/" + NUMBER + "/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"msisdn\":\""
                                                        + NUMBER
                                                        + "\",\"servingCarrier\":{\"carrier\":\"bakcell\",\"seenAt\":\"2026-11-22T09:31:10Z\"}}")));
        Span partnerApp =
                openTelemetry
                        .getTracer("partner-app")
                        .spanBuilder("ask Balans")
                        .setSpanKind(SpanKind.CLIENT)
                        .startSpan();
        String traceId = partnerApp.getSpanContext().getTraceId();

        given().contentType(ContentType.JSON)
                .headers(traceHeadersOf(openTelemetry, partnerApp))
                .body("{\"number\":\"" + NUMBER + "\",\"paymentMethods\":[\"cash\"]}")
                .when()
                .post("/recommendations")
                .then()
                .statusCode(200)
                .body("servingCarrierSource", equalTo("history"));
        partnerApp.end();

        SpanData recommendation =
                awaitSpan(
                        spans,
                        "of the advisor answering",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.SERVER);
        assertEquals("POST /recommendations", recommendation.getName());
        assertEquals(
                partnerApp.getSpanContext().getSpanId(),
                recommendation.getParentSpanId(),
                "the caller's span is the parent");
        SpanData callToHistory =
                awaitSpan(
                        spans,
                        "of the advisor calling history",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.CLIENT
                                        && String.valueOf(
                                                        span.getAttributes()
                                                                .get(
                                                                        AttributeKey.stringKey(
                                                                                "url.full")))
                                                .contains("/summary"));
        assertEquals(
                "http://localhost:" + neighbours.port() + "/subscribers/+99470***0001/summary",
                callToHistory.getAttributes().get(AttributeKey.stringKey("url.full")),
                "no whole number leaves in a span");

        List<LoggedRequest> received =
                neighbours.findAll(
                        getRequestedFor(urlEqualTo("/subscribers/" + NUMBER + "/summary")));
        assertEquals(1, received.size());
        assertEquals(
                "00-" + traceId + "-" + callToHistory.getSpanId() + "-01",
                received.get(0).getHeader("traceparent"),
                "history is asked within the trace, as a child of the advisor's call");
    }

    @Test
    void aCatalogChangeIsOneTraceFromItsProducerToTheAdvisorsFetchOfTheCatalog() {
        Span catalogWrite =
                openTelemetry
                        .getTracer("catalog-service")
                        .spanBuilder("catalog-changes publish")
                        .setSpanKind(SpanKind.PRODUCER)
                        .startSpan();
        String traceId = catalogWrite.getSpanContext().getTraceId();
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            // the advisor reads from the end of the topic: send until its consumer, assigned, hears
            // one
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> {
                                ProducerRecord<String, String> change =
                                        new ProducerRecord<>(
                                                "catalog-changes",
                                                "carrier:azercell",
                                                "{\"entity\":\"carrier\",\"id\":\"azercell\",\"change\":\"updated\"}");
                                traceHeadersOf(openTelemetry, catalogWrite)
                                        .forEach(
                                                (name, value) ->
                                                        change.headers()
                                                                .add(
                                                                        name,
                                                                        value.getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)));
                                companion.produceStrings().fromRecords(change).awaitCompletion();
                                return spans.getFinishedSpanItems().stream()
                                        .anyMatch(
                                                span ->
                                                        span.getTraceId().equals(traceId)
                                                                && span.getKind()
                                                                        == SpanKind.CONSUMER);
                            });
        } finally {
            catalogWrite.end();
        }

        SpanData heard =
                awaitSpan(
                        spans,
                        "of the advisor hearing the change",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.CONSUMER);
        assertEquals("catalog-changes receive", heard.getName());
        assertEquals(
                catalogWrite.getSpanContext().getSpanId(),
                heard.getParentSpanId(),
                "the producer's span is the parent");
        SpanData fetch =
                awaitSpan(
                        spans,
                        "of the advisor fetching the catalog again",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.CLIENT);
        assertTrue(
                String.valueOf(fetch.getAttributes().get(AttributeKey.stringKey("url.full")))
                        .endsWith("/catalog"),
                fetch.getAttributes().toString());
    }
}
