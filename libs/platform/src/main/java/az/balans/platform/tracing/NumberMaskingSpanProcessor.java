package az.balans.platform.tracing;

import az.balans.platform.logging.NumberMaskingLogFilter;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Spans leave the service for a collector, so they hold no whole phone number either: a number in a
 * path ({@code /numbers/{input}}, {@code /subscribers/{msisdn}/summary}), in a URL the REST client
 * called, or in a span's name is masked the way the logs mask it, {@code +99450***4567}, as the span
 * starts. (SmallRye's Kafka spans do not record a record's key, the number recharge-events are keyed by.)
 *
 * <p>The instrumentations set those attributes when the span starts; what is added later (the
 * route template, the status) holds no number. quarkus-opentelemetry adds every {@link SpanProcessor}
 * bean to the tracer provider.
 */
@Singleton
@Unremovable
public class NumberMaskingSpanProcessor implements SpanProcessor {

    @Override
    @SuppressWarnings("unchecked")
    public void onStart(Context parentContext, ReadWriteSpan span) {
        span.getAttributes()
                .forEach(
                        (key, value) -> {
                            if (key.getType() == AttributeType.STRING) {
                                String masked = masked((String) value);
                                if (!masked.equals(value)) {
                                    span.setAttribute((AttributeKey<String>) key, masked);
                                }
                            }
                        });
        String name = masked(span.getName());
        if (!name.equals(span.getName())) {
            span.updateName(name);
        }
    }

    /** The text masked; a URL's percent-encoded number ({@code %2B994...}, {@code 050%20123...}) is read decoded first. */
    static String masked(String text) {
        String masked = NumberMaskingLogFilter.mask(text);
        if (text.indexOf('%') >= 0) {
            try {
                String decoded =
                        URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
                String maskedDecoded = NumberMaskingLogFilter.mask(decoded);
                if (!maskedDecoded.equals(decoded)) {
                    return maskedDecoded;
                }
            } catch (IllegalArgumentException notEncoded) {
                // a lone % is just text
            }
        }
        return masked;
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
