package az.balans.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace context kept as text beside work that is finished later (an outbox row published by a
 * relay after the request that wrote it has ended): the W3C {@code traceparent} of the span current
 * now, and the context it stands for when the work is picked up again, so both join one trace.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";

    private TraceParent() {}

    /** @return the current span's {@code traceparent}, or {@code null} outside any trace */
    public static String ofCurrentSpan() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** @return the context {@code traceParent} names, the root context for {@code null} or text that is not one */
    public static Context toContext(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), traceParent, SingleHeader.GETTER);
    }

    private enum SingleHeader implements TextMapGetter<String> {
        GETTER;

        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return HEADER.equals(key) ? traceParent : null;
        }
    }
}
