package az.balans.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard the bench runs, from system properties ({@code -Dbench.args="-Dbench.x=y"}
 * on bench/README.md's command). The defaults take about 20 minutes on a 2-core machine.
 *
 * @param repository   the checkout, where the built services are
 * @param results      where {@code <date>.md} is written ({@code bench/results})
 * @param work         scratch: the stack's data, Gatling's reports, profiles ({@code bench/target/bench})
 * @param repetitions  measured runs of each figure, after the warm-up ({@code bench.repetitions}, 3)
 * @param warmUp       load on each endpoint before anything is measured ({@code bench.warm-up}, 45 s)
 * @param duration     each measured HTTP run ({@code bench.duration}, 15 s)
 * @param connections  concurrent users finding an endpoint's ceiling ({@code bench.connections}, 16, as the wrk runs)
 * @param numbers      distinct numbers people ask about ({@code bench.numbers}, 5000)
 * @param ingestEvents events per ingest run, history and raw JDBC alike ({@code bench.ingest-events}, 60000)
 * @param naiveEvents  events per run of the naive one-transaction-per-event consumer ({@code bench.naive-events}, 3000)
 * @param profile      record every service with Java Flight Recorder and summarise where the time went ({@code bench.profile})
 * @param drillEvents  events fed through each outage drill, and ingested while history's reads are measured
 *                     ({@code bench.drill-events}, 100000)
 * @param drillFeed    how long the drills' steady feed takes to send them ({@code bench.drill-feed}, 40 s)
 * @param outage       how long PostgreSQL or the broker is away in a drill ({@code bench.outage}, 20 s)
 * @param kafkaPort    the bench stack's broker port
 */
public record BenchSettings(
        Path repository,
        Path results,
        Path work,
        int repetitions,
        Duration warmUp,
        Duration duration,
        int connections,
        int numbers,
        int ingestEvents,
        int naiveEvents,
        boolean profile,
        int drillEvents,
        Duration drillFeed,
        Duration outage,
        int kafkaPort) {

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Path.of(System.getProperty("balans.root", ".")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("bench.results", "bench/results"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(System.getProperty("bench.work", "bench/target/bench"))
                        .toAbsolutePath()
                        .normalize(),
                Integer.getInteger("bench.repetitions", 3),
                Duration.ofSeconds(Integer.getInteger("bench.warm-up", 45)),
                Duration.ofSeconds(Integer.getInteger("bench.duration", 15)),
                Integer.getInteger("bench.connections", 16),
                Integer.getInteger("bench.numbers", 5000),
                Integer.getInteger("bench.ingest-events", 60_000),
                Integer.getInteger("bench.naive-events", 3000),
                Boolean.getBoolean("bench.profile"),
                Integer.getInteger("bench.drill-events", 100_000),
                Duration.ofSeconds(Integer.getInteger("bench.drill-feed", 40)),
                Duration.ofSeconds(Integer.getInteger("bench.outage", 20)),
                Bench.KAFKA_PORT);
    }
}
