package az.balans.local.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic stream of recharge events, the same for the same seed: several channels with their
 * own success rates and times to credit, failures with the codes payment providers use, reversals,
 * a number ported away from its range holder, and the faults of a real feed (redelivered events,
 * events out of order, a few records that are not acceptable at all). Each record says what a
 * correct consumer must do with it, so a test can hold the consumer to exactly that.
 */
public final class RechargeEventStream {

    /** One record for recharge-events: key (the number), value, and the event id when it is acceptable. */
    public record Record(String key, String value, String eventId, boolean acceptable) {}

    /** A channel's behaviour in the stream. */
    public record ChannelProfile(
            String id,
            List<String> carriers,
            String paymentMethod,
            String source,
            double successRate,
            Duration medianTimeToCredit) {}

    /** Ids are the catalog's; rates and times are made up to show ok, degraded and down channels. */
    public static final List<ChannelProfile> CHANNELS =
            List.of(
                    new ChannelProfile(
                            "millon-kiosk",
                            List.of("azercell", "bakcell", "nar"),
                            "cash",
                            "/payments/milli-on",
                            0.97,
                            Duration.ofSeconds(40)),
                    new ChannelProfile(
                            "emanat-kiosk",
                            List.of("azercell", "bakcell", "nar"),
                            "cash",
                            "/payments/e-manat",
                            // far enough below history's down line (0.50) that an hour of the
                            // demo (about 60 top-ups) always reads down, never degraded by chance
                            0.25,
                            Duration.ofSeconds(90)),
                    new ChannelProfile(
                            "azercell-kabinetim",
                            List.of("azercell"),
                            "international-card",
                            "/payments/azercell",
                            0.97,
                            Duration.ofSeconds(20)),
                    new ChannelProfile(
                            "bakcell-app",
                            List.of("bakcell"),
                            "local-card",
                            "/payments/bakcell",
                            0.97,
                            Duration.ofSeconds(15)),
                    new ChannelProfile(
                            "nar-plus",
                            List.of("nar"),
                            "international-card",
                            "/payments/nar-plus",
                            0.82,
                            Duration.ofSeconds(25)),
                    new ChannelProfile(
                            "birbank-app",
                            List.of("azercell", "bakcell", "nar"),
                            "local-card",
                            "/payments/birbank",
                            0.99,
                            Duration.ofSeconds(8)));

    private static final String[] FAILURE_CODES = {
        "CARD_DECLINED",
        "INVALID_RECIPIENT_PHONE",
        "PHONE_RECENTLY_RECHARGED",
        "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE",
        "INVALID_AMOUNT_FOR_OPERATOR",
        "ProviderTimedOut",
        "DuplicateTransactionPrevented"
    };
    private static final String[] AMOUNTS = {
        "1.00", "2.00", "3.00", "5.00", "10.00", "15.00", "20.00", "25.00", "50.00"
    };
    private static final String[][] PREFIXES = {
        {"50", "azercell"},
        {"51", "azercell"},
        {"10", "azercell"},
        {"55", "bakcell"},
        {"99", "bakcell"},
        {"70", "nar"},
        {"77", "nar"}
    };

    /** An ex-Naxtel number, ported to Bakcell: its range holder is retired. */
    public static final String PORTED_NUMBER = "+994604567890";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final String runId;
    private final double duplicateRate;
    private final double reorderRate;
    private final double malformedRate;
    private long sequence;

    /**
     * @param runId         part of every id, so runs never collide
     * @param duplicateRate share of events delivered twice
     * @param reorderRate   share of attempts whose events arrive in reverse order
     * @param malformedRate share of records that cannot be accepted
     */
    public RechargeEventStream(
            long seed,
            String runId,
            double duplicateRate,
            double reorderRate,
            double malformedRate) {
        this.random = new Random(seed);
        this.runId = runId;
        this.duplicateRate = duplicateRate;
        this.reorderRate = reorderRate;
        this.malformedRate = malformedRate;
    }

    /** The default mix of a lively but imperfect feed. */
    public static RechargeEventStream realistic(long seed, String runId) {
        return new RechargeEventStream(seed, runId, 0.05, 0.10, 0.01);
    }

    /** The records of {@code attempts} top-ups starting between {@code from} and {@code from + spread}. */
    public List<Record> attempts(int attempts, Instant from, Duration spread) {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Instant start = from.plusMillis((long) (random.nextDouble() * spread.toMillis()));
            List<Record> attempt = attempt(start);
            if (random.nextDouble() < reorderRate) {
                Collections.reverse(attempt);
            }
            for (Record record : attempt) {
                records.add(record);
                if (random.nextDouble() < duplicateRate) {
                    records.add(record);
                }
            }
            if (random.nextDouble() < malformedRate) {
                records.add(malformed());
            }
        }
        return records;
    }

    private List<Record> attempt(Instant start) {
        ChannelProfile channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        boolean ported = random.nextDouble() < 0.03 && channel.carriers().contains("bakcell");
        String carrier;
        String number;
        if (ported) {
            carrier = "bakcell";
            number = PORTED_NUMBER;
        } else {
            carrier = channel.carriers().get(random.nextInt(channel.carriers().size()));
            number = numberOf(carrier);
        }
        String attemptId = "att-" + runId + "-" + (++sequence);
        String amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
        List<Record> events = new ArrayList<>();
        events.add(event("requested", attemptId, start, number, carrier, channel, amount, null));
        if (random.nextDouble() < channel.successRate()) {
            // times to credit spread around the channel's median
            long millis =
                    (long)
                            (channel.medianTimeToCredit().toMillis()
                                    * Math.exp(random.nextGaussian() * 0.4));
            Instant credited = start.plusMillis(Math.max(500, millis));
            events.add(
                    event(
                            "succeeded",
                            attemptId,
                            credited,
                            number,
                            carrier,
                            channel,
                            amount,
                            null));
            if (random.nextDouble() < 0.01) {
                events.add(
                        event(
                                "reversed",
                                attemptId,
                                credited.plusSeconds(3600),
                                number,
                                carrier,
                                channel,
                                amount,
                                null));
            }
        } else {
            String code = FAILURE_CODES[random.nextInt(FAILURE_CODES.length)];
            events.add(
                    event(
                            "failed",
                            attemptId,
                            start.plusSeconds(2 + random.nextInt(30)),
                            number,
                            carrier,
                            channel,
                            amount,
                            code));
        }
        return events;
    }

    private String numberOf(String carrier) {
        List<String> prefixes = new ArrayList<>();
        for (String[] prefix : PREFIXES) {
            if (prefix[1].equals(carrier)) {
                prefixes.add(prefix[0]);
            }
        }
        return "+994"
                + prefixes.get(random.nextInt(prefixes.size()))
                + String.format("%07d", random.nextInt(10_000_000));
    }

    private Record event(
            String type,
            String attemptId,
            Instant time,
            String number,
            String carrier,
            ChannelProfile channel,
            String amount,
            String failureCode) {
        String eventId = "evt-" + runId + "-" + (++sequence);
        ObjectNode event =
                JSON.createObjectNode()
                        .put("specversion", "1.0")
                        .put("id", eventId)
                        .put("type", "az.balans.recharge." + type)
                        .put("source", channel.source())
                        .put("time", time.toString())
                        .put("datacontenttype", "application/json");
        ObjectNode data =
                event.putObject("data")
                        .put("attemptId", attemptId)
                        .put("msisdn", number)
                        .put("carrier", carrier)
                        .put("channelId", channel.id())
                        .put("paymentMethod", channel.paymentMethod())
                        .put("amount", amount)
                        .put("currency", "AZN")
                        .put("providerReference", "PR-" + runId + "-" + sequence);
        if (failureCode != null) {
            data.put("failureCode", failureCode)
                    .put("failureDetail", "Provider said " + failureCode);
        }
        return new Record(number, event.toString(), eventId, true);
    }

    /** One of the ways a feed goes wrong; each carries the run id in its bytes so a test can find it. */
    private Record malformed() {
        String id = "bad-" + runId + "-" + (++sequence);
        String key = "+994501112233";
        String valid =
                event(
                                "requested",
                                "att-" + id,
                                Instant.parse("2026-11-25T08:00:00Z"),
                                key,
                                "azercell",
                                CHANNELS.get(0),
                                "5.00",
                                null)
                        .value();
        String value =
                switch (random.nextInt(6)) {
                    case 0 -> "{\"not\":\"json\" " + id;
                    case 1 ->
                            valid.replace(
                                            "az.balans.recharge.requested",
                                            "az.balans.recharge.teleported")
                                    .replace("\"evt-", "\"" + id + "-");
                    case 2 ->
                            valid.replace("\"amount\":\"5.00\"", "\"amount\":5.0")
                                    .replace("\"evt-", "\"" + id + "-");
                    case 3 ->
                            valid.replace(
                                            "\"msisdn\":\"+994501112233\"",
                                            "\"msisdn\":\"+994124970000\"")
                                    .replace("\"evt-", "\"" + id + "-");
                    case 4 ->
                            valid.replace("\"attemptId\":\"att-" + id + "\",", "")
                                    .replace("\"evt-", "\"" + id + "-");
                    default ->
                            valid.replace("2026-11-25T08:00:00Z", "yesterday")
                                    .replace("\"evt-", "\"" + id + "-");
                };
        return new Record(key, value, null, false);
    }
}
