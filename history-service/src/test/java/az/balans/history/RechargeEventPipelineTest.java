package az.balans.history;

import az.balans.local.infra.test.WithKafka;
import az.balans.local.infra.test.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The wiring end to end: a payment system's producer, the real broker, the consumer, PostgreSQL
 * through the Flyway schema, and the REST read model.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class RechargeEventPipelineTest {

    private static final String NUMBER = "+994501234567";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void anEventProducedToKafkaIsStoredAndReadBackOverRest() {
        String attemptId = "att-" + UUID.randomUUID();
        String requested = event("evt-" + UUID.randomUUID(), "requested", attemptId, "2026-11-25T08:00:00Z", "+994 50 123 45 67");
        String succeeded = event("evt-" + UUID.randomUUID(), "succeeded", attemptId, "2026-11-25T08:00:41Z", "0501234567");
        send(NUMBER, requested);
        send(NUMBER, succeeded);
        send(NUMBER, succeeded); // redelivered: at-least-once

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/attempts/{id}", attemptId)
                .then().statusCode(200)
                .body("attemptId", equalTo(attemptId))
                .body("msisdn", equalTo(NUMBER))
                .body("events.type", contains("az.balans.recharge.requested", "az.balans.recharge.succeeded"))
                .body("events[0].amount.value", equalTo("10.00"))
                .body("events[0].amount.currency", equalTo("AZN"))
                .body("events[0].channelId", equalTo("milli-on-kiosk")));

        // a later event proves the duplicate was consumed, not merely still in flight
        String laterAttempt = "att-" + UUID.randomUUID();
        send(NUMBER, event("evt-" + UUID.randomUUID(), "requested", laterAttempt, "2026-11-25T09:00:00Z", NUMBER));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/attempts/{id}", laterAttempt).then().statusCode(200));
        given().when().get("/attempts/{id}", attemptId).then().statusCode(200).body("events", hasSize(2));
    }

    @Test
    void eventsThatCannotBeAcceptedGoToTheDeadLetterTopicWithTheReason() {
        String notJson = "{this is not json " + UUID.randomUUID();
        String notMobile = event("evt-" + UUID.randomUUID(), "requested", "att-" + UUID.randomUUID(),
                "2026-11-25T08:00:00Z", "+994124970000"); // a Baku landline
        String unknownType = event("evt-" + UUID.randomUUID(), "teleported", "att-" + UUID.randomUUID(),
                "2026-11-25T08:00:00Z", NUMBER);
        send(NUMBER, notJson);
        send("+994124970000", notMobile);
        send(NUMBER, unknownType);

        List<ConsumerRecord<String, String>> deadLetters = readDeadLetters(List.of(notJson, notMobile, unknownType));
        assertEquals(3, deadLetters.size());
        assertEquals(notJson, deadLetters.get(0).value());
        assertThat(reason(deadLetters.get(0)), containsString("not a recharge CloudEvent in JSON"));
        assertThat(reason(deadLetters.get(1)), containsString("not an Azerbaijani mobile number"));
        assertThat(reason(deadLetters.get(2)), containsString("type must be one of"));

        // the partition went on: a good event after them is stored
        String attemptId = "att-" + UUID.randomUUID();
        send(NUMBER, event("evt-" + UUID.randomUUID(), "requested", attemptId, "2026-11-25T10:00:00Z", NUMBER));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/attempts/{id}", attemptId).then().statusCode(200));
    }

    @Test
    void anUnknownAttemptIsAProblem() {
        given().when().get("/attempts/{id}", "att-never-seen")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("att-never-seen"));
    }

    private void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>("recharge-events", key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to recharge-events", e);
        }
    }

    /** The dead letters among {@code expected}, in the order they were produced. */
    private List<ConsumerRecord<String, String>> readDeadLetters(List<String> expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("recharge-events-dlq"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (expected.contains(record.value())) {
                        found.add(record);
                    }
                });
                return found.size() >= expected.size();
            });
        }
        return found;
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String event(String id, String type, String attemptId, String time, String msisdn) {
        return """
                {"specversion":"1.0","id":"%s","type":"az.balans.recharge.%s","source":"/payments/milli-on",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"attemptId":"%s","msisdn":"%s","carrier":"azercell","channelId":"milli-on-kiosk",
                         "paymentMethod":"cash","amount":"10.00","currency":"AZN","providerReference":"MO-1"}}
                """.formatted(id, type, time, attemptId, msisdn);
    }
}
