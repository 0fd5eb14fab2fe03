package az.balans.history;

import static az.balans.testsupport.SpansInMemory.awaitSpan;
import static az.balans.testsupport.SpansInMemory.traceHeadersOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.testsupport.ConsoleLog;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Traces as an operator follows them: a call from a neighbour continues the caller's trace, and an
 * event is one trace from the payment system that produced it to history's consumer, and on to the
 * dead-letter topic when it is refused. Spans are read from memory (tests only).
 */
@QuarkusTest
@WithPostgres
@WithKafka
class TracingTest {

    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> DESTINATION =
            AttributeKey.stringKey("messaging.destination.name");

    @Inject InMemorySpanExporter spans;

    @Inject OpenTelemetry openTelemetry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCallFromTheAdvisorContinuesTheAdvisorsTraceAndItsLogLinesNameIt() {
        String traceId = randomHex(32);
        String callerSpanId = randomHex(16);
        String number = "+994557700001";
        List<String> lines;
        try (ConsoleLog log = ConsoleLog.capture()) {
            given().auth()
                    .oauth2(TestTokens.withRole("support-agent"))
                    .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .delete("/subscribers/{n}", number)
                    .then()
                    .statusCode(204);
            lines = log.lines();
        }

        SpanData server =
                awaitSpan(
                        spans,
                        "of history serving the advisor's call",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.SERVER);
        assertEquals(callerSpanId, server.getParentSpanId(), "the caller's span is the parent");
        assertEquals("DELETE /subscribers/{msisdn}", server.getName());
        assertEquals(
                "/subscribers/+99455***0001",
                server.getAttributes().get(URL_PATH),
                "no whole number leaves in a span");
        assertTrue(
                lines.stream()
                        .anyMatch(
                                line ->
                                        line.contains("Erased +99455***0001")
                                                && line.contains("traceId=" + traceId)
                                                && line.contains("spanId=" + server.getSpanId())),
                "the log line written while serving the call names its trace and span: " + lines);
    }

    @Test
    void anEventIsOneTraceFromItsProducerToTheConsumer() {
        String number = "+994557700002";
        Span publish =
                publishTraced(
                        number,
                        RechargeTopics.event(
                                "tr-" + run,
                                "requested",
                                "att-tr-" + run,
                                "2026-11-25T08:00:00Z",
                                number,
                                "nar-plus",
                                "nar"));

        SpanData received =
                awaitSpan(
                        spans,
                        "of history receiving the event",
                        span ->
                                span.getTraceId().equals(publish.getSpanContext().getTraceId())
                                        && span.getKind() == SpanKind.CONSUMER);
        assertEquals(
                publish.getSpanContext().getSpanId(),
                received.getParentSpanId(),
                "the producer's span is the parent");
        assertEquals("recharge-events receive", received.getName());
        assertEquals("recharge-events", received.getAttributes().get(DESTINATION));
        assertNoWholeNumberIn(received, "557700002");
        given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .get("/attempts/{id}", "att-tr-" + run)
                .then()
                .statusCode(200);
    }

    @Test
    void aRefusedEventsDeadLetterJoinsItsTrace() {
        String number = "+994557700003";
        Span publish =
                publishTraced(
                        number,
                        RechargeTopics.event(
                                        "tr-bad-" + run,
                                        "requested",
                                        "att-tr-bad-" + run,
                                        "2026-11-25T08:00:00Z",
                                        number,
                                        "nar-plus",
                                        "nar")
                                .replace("\"amount\":\"10.00\"", "\"amount\":10"));

        String traceId = publish.getSpanContext().getTraceId();
        SpanData deadLetter =
                awaitSpan(
                        spans,
                        "of history publishing the dead letter",
                        span ->
                                span.getTraceId().equals(traceId)
                                        && span.getKind() == SpanKind.PRODUCER
                                        && span.getName().equals("recharge-events-dlq publish"));
        assertEquals(
                publish.getSpanContext().getSpanId(),
                deadLetter.getParentSpanId(),
                "the dead letter follows from the refused event's producer");
        assertNoWholeNumberIn(deadLetter, "557700003");
    }

    /** Publishes as a traced payment system does: in a producer span of its own, its context in the record's headers. */
    private Span publishTraced(String number, String event) {
        Span publish =
                openTelemetry
                        .getTracer("payment-system")
                        .spanBuilder("recharge-events publish")
                        .setSpanKind(SpanKind.PRODUCER)
                        .startSpan();
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            topics.send(number, event, traceHeadersOf(openTelemetry, publish));
        } finally {
            publish.end();
        }
        return publish;
    }

    private static void assertNoWholeNumberIn(SpanData span, String digits) {
        assertTrue(
                span.getAttributes().asMap().values().stream()
                        .noneMatch(value -> value.toString().contains(digits)),
                "no whole number leaves in a span: " + span.getAttributes());
    }

    private static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, length);
    }
}
