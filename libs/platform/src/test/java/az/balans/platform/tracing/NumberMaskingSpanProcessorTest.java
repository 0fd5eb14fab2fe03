package az.balans.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NumberMaskingSpanProcessorTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider =
            SdkTracerProvider.builder()
                    .addSpanProcessor(new NumberMaskingSpanProcessor())
                    .addSpanProcessor(SimpleSpanProcessor.create(exported))
                    .build();
    private final Tracer tracer = tracerProvider.get("test");

    @AfterEach
    void close() {
        tracerProvider.close();
    }

    private SpanData spanStartedWith(String name, String key, String value) {
        tracer.spanBuilder(name)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(key, value)
                .startSpan()
                .end();
        return exported.getFinishedSpanItems().get(exported.getFinishedSpanItems().size() - 1);
    }

    @Test
    void aNumberInAPathIsMaskedAsTheLogsMaskIt() {
        SpanData span =
                spanStartedWith(
                        "GET", "url.full", "http://history:8082/subscribers/+994501234567/summary");
        assertEquals(
                "http://history:8082/subscribers/+99450***4567/summary",
                span.getAttributes().get(AttributeKey.stringKey("url.full")));
    }

    @Test
    void aPercentEncodedNumberIsMaskedToo() {
        assertEquals(
                "/numbers/+99450***4567",
                spanStartedWith("GET /numbers/{input}", "url.path", "/numbers/%2B994501234567")
                        .getAttributes()
                        .get(AttributeKey.stringKey("url.path")));
        assertEquals(
                "/numbers/050***4567",
                spanStartedWith("GET /numbers/{input}", "url.path", "/numbers/050%20123%2045%2067")
                        .getAttributes()
                        .get(AttributeKey.stringKey("url.path")));
    }

    @Test
    void aKafkaKeyAndASpanNameAreMasked() {
        SpanData span =
                spanStartedWith(
                        "recharge for 0501234567", "messaging.kafka.message.key", "+994501234567");
        assertEquals(
                "+99450***4567",
                span.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key")));
        assertEquals("recharge for 050***4567", span.getName());
    }

    @Test
    void textWithoutANumberIsLeftAsItIs() {
        SpanData span =
                spanStartedWith(
                        "POST /recommendations",
                        "url.path",
                        "/channels/health?window=PT1H&rate=50%");
        assertEquals(
                "/channels/health?window=PT1H&rate=50%",
                span.getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("POST /recommendations", span.getName());
    }
}
