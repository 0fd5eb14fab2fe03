package az.balans.platform.tracing;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Where no collector runs (the one-machine stack), {@code balans.tracing.log-spans=true} writes each
 * finished span as a log line of the category {@code io.opentelemetry.exporter.logging} instead:
 * name, trace id, span id, kind and attributes. quarkus-opentelemetry exports to the span exporter
 * beans when there are any, and to OTLP ({@code quarkus.otel.exporter.otlp.traces.endpoint}) only
 * when there are none, so the two never both run.
 */
@Singleton
public class SpanLog {

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = "balans.tracing.log-spans", stringValue = "true")
    SpanExporter spanLog() {
        return LoggingSpanExporter.create();
    }
}
