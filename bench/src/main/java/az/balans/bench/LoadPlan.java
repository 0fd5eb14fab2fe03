package az.balans.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one Gatling run does: which endpoint, under which load, for how long. Gatling builds its
 * simulation itself, in this process, so the plan is handed over through {@link #handOver}.
 *
 * @param concurrentUsers   closed model: users each sending one request after another (0 in an open run)
 * @param arrivalsPerSecond open model: new requests per second, on schedule (0 in a closed run)
 */
public record LoadPlan(
        String baseUrl,
        Endpoint endpoint,
        int concurrentUsers,
        double arrivalsPerSecond,
        Duration duration,
        NumberPool numbers) {

    /**
     * A request to make; {@code #{number}}, {@code #{amount}}, ... in the path or body are filled from
     * {@link NumberPool#nextAsk()}. With an {@code authorization}, it is the Authorization header's value.
     */
    public record Endpoint(
            String name, String method, String path, String body, String authorization) {
        public Endpoint(String name, String method, String path, String body) {
            this(name, method, path, body, null);
        }
    }

    /**
     * What people ask: a fixed set of Azerbaijani mobile numbers in national form, and the amounts,
     * payment methods, cities and languages they ask with, each picked at random per request.
     * So answers are neither all remembered nor all new: about 700 distinct questions for 5,000
     * numbers, as a popular service would see.
     */
    public record NumberPool(List<String> numbers) {

        private static final List<String> AMOUNTS = List.of("1", "3", "5", "10", "20");
        private static final List<String> PAYMENT_METHODS =
                List.of(
                        "[\"cash\"]",
                        "[\"cash\",\"international-card\"]",
                        "[\"local-card\",\"wallet\"]");
        private static final List<String> CITIES = List.of("Baku", "Ganja", "Sumqayit");
        private static final List<String> LANGUAGES = List.of("en", "az", "ru", "zh");

        public static NumberPool of(int size, long seed) {
            Random random = new Random(seed);
            String[] prefixes = {"050", "051", "055", "070", "077", "099", "010", "060"};
            return new NumberPool(
                    random.ints(size, 0, prefixes.length)
                            .mapToObj(
                                    prefix ->
                                            prefixes[prefix]
                                                    + String.format(
                                                            "%07d",
                                                            2_000_000 + random.nextInt(7_000_000)))
                            .toList());
        }

        /** One request's values: {@code number}, {@code amount}, {@code paymentMethods} (a JSON array), {@code city}, {@code language}. */
        Map<String, Object> nextAsk() {
            return Map.of(
                    "number",
                    pick(numbers),
                    "amount",
                    pick(AMOUNTS),
                    "paymentMethods",
                    pick(PAYMENT_METHODS),
                    "city",
                    pick(CITIES),
                    "language",
                    pick(LANGUAGES));
        }

        private static String pick(List<String> values) {
            return values.get(ThreadLocalRandom.current().nextInt(values.size()));
        }
    }

    private static volatile LoadPlan handedOver;

    static void handOver(LoadPlan plan) {
        handedOver = plan;
    }

    static LoadPlan received() {
        LoadPlan plan = handedOver;
        if (plan == null) {
            throw new IllegalStateException(
                    "EndpointLoad runs from Bench, which hands it its plan");
        }
        return plan;
    }
}
