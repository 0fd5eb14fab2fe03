package az.balans.testsupport;

import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * In the services' tests, and only there: the spans a service finishes are kept in memory, where
 * a test reads them, instead of going to a collector. (A span exporter bean replaces the OTLP
 * exporter; tests inject {@link InMemorySpanExporter}.)
 */
@Singleton
public class SpansInMemory {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }

    /** The headers that carry {@code span}'s context to another service, as a traced caller sends them. */
    public static Map<String, String> traceHeadersOf(OpenTelemetry openTelemetry, Span span) {
        Map<String, String> headers = new HashMap<>();
        openTelemetry
                .getPropagators()
                .getTextMapPropagator()
                .inject(Context.root().with(span), headers, Map::put);
        return headers;
    }

    /** Waits (spans are exported in batches) for a finished span that {@code matches}, and returns it. */
    public static SpanData awaitSpan(
            InMemorySpanExporter spans, String description, Predicate<SpanData> matches) {
        return await("a finished span " + description)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> spans.getFinishedSpanItems().stream().filter(matches).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
