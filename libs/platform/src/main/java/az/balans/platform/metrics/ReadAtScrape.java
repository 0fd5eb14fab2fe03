package az.balans.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * A gauge read from the database at each scrape (a blocking route), in a transaction of its own. A
 * registry can outlive an application restarted in the same JVM (tests do that) and keeps the first
 * registration, which would read the stopped application: the running one's replaces it.
 */
public final class ReadAtScrape {

    private ReadAtScrape() {}

    public static void register(
            MeterRegistry registry, String name, String description, Supplier<Number> read) {
        registry.find(name).meters().forEach(registry::remove);
        Gauge.builder(name, read).description(description).strongReference(true).register(registry);
    }
}
