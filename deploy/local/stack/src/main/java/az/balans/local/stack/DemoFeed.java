package az.balans.local.stack;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.demo.RechargeEventStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays a payment system for the local stack: at start, the last hour's worth of top-ups (so
 * channel health has something to show at once), then a new top-up every few seconds, with the
 * duplicates, reordering and bad records of a real feed.
 */
final class DemoFeed implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final RechargeEventStream stream;
    private final ScheduledExecutorService live;

    private DemoFeed(String bootstrapServers) {
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName()));
        long now = System.currentTimeMillis();
        stream = RechargeEventStream.realistic(now, "demo-" + Long.toString(now / 1000, 36));
        live =
                Executors.newSingleThreadScheduledExecutor(
                        runnable -> {
                            Thread thread = new Thread(runnable, "balans-demo-feed");
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    /** Publishes the backlog, then keeps publishing every {@code interval} until closed. */
    static DemoFeed start(String bootstrapServers, int backlogAttempts, Duration interval) {
        DemoFeed feed = new DemoFeed(bootstrapServers);
        Instant now = Instant.now();
        feed.publish(
                feed.stream.attempts(
                        backlogAttempts,
                        now.minus(Duration.ofMinutes(58)),
                        Duration.ofMinutes(55)));
        feed.live.scheduleAtFixedRate(
                () ->
                        feed.publish(
                                feed.stream.attempts(
                                        1, Instant.now().minusSeconds(90), Duration.ofSeconds(1))),
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return feed;
    }

    private synchronized void publish(List<RechargeEventStream.Record> records) {
        records.forEach(
                record ->
                        producer.send(
                                new ProducerRecord<>(
                                        BalansTopics.RECHARGE_EVENTS,
                                        record.key(),
                                        record.value())));
        producer.flush();
    }

    @Override
    public void close() {
        live.shutdownNow();
        producer.close(Duration.ofSeconds(5));
    }
}
