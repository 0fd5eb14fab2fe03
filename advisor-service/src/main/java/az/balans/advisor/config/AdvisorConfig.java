package az.balans.advisor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "advisor")
public interface AdvisorConfig {

    Catalog catalog();

    interface Catalog {
        /** How often the snapshot is checked with If-None-Match, besides the catalog-changes events. */
        @WithDefault("60s")
        Duration pollInterval();
    }
}
