package az.balans.bench;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one Gatling run does: which endpoint, under which load, for how long. Gatling builds its
 * simulation itself, in this process, so the plan is handed over through {@link #handOver}.
 *
 * @param concurrentUsers   closed model: users each sending one request after another (0 in an open run)
 * @param arrivalsPerSecond open model: new requests per second, on schedule (0 in a closed run)
 */
public record LoadPlan(String baseUrl, Endpoint endpoint, int concurrentUsers, double arrivalsPerSecond, Duration duration,
                       NumberPool numbers) {

    /** A request to make; {@code #{number}} in the path or body becomes a number from the pool. */
    public record Endpoint(String name, String method, String path, String body) {
    }

    /**
     * The numbers people ask about: a fixed set of Azerbaijani mobile numbers in national form,
     * picked at random, so some answers come from what the advisor remembers and some do not.
     */
    public record NumberPool(List<String> numbers) {

        public static NumberPool of(int size, long seed) {
            Random random = new Random(seed);
            String[] prefixes = {"050", "051", "055", "070", "077", "099", "010", "060"};
            return new NumberPool(random.ints(size, 0, prefixes.length)
                    .mapToObj(prefix -> prefixes[prefix] + String.format("%07d", 2_000_000 + random.nextInt(7_000_000)))
                    .toList());
        }

        String next() {
            return numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
        }
    }

    private static volatile LoadPlan handedOver;

    static void handOver(LoadPlan plan) {
        handedOver = plan;
    }

    static LoadPlan received() {
        LoadPlan plan = handedOver;
        if (plan == null) {
            throw new IllegalStateException("EndpointLoad runs from Bench, which hands it its plan");
        }
        return plan;
    }
}
