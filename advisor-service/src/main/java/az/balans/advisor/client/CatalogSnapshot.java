package az.balans.advisor.client;

import az.balans.platform.money.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog as GET /catalog serves it: the parts the advisor reasons over (unknown fields are ignored). */
public record CatalogSnapshot(
        long revision,
        List<Carrier> carriers,
        List<NumberRange> numberRanges,
        List<Channel> channels,
        List<Promotion> promotions,
        List<FailureCode> failureCodes) {

    /** A catalog served before failure codes were catalog data has none. */
    public CatalogSnapshot {
        failureCodes = failureCodes == null ? List.of() : failureCodes;
    }

    public record Carrier(
            String id,
            Map<String, String> names,
            List<String> aliases,
            String kind,
            String status,
            LocalDate retiredOn,
            String balanceCode,
            String topUpCode,
            String website,
            String supportPhone) {}

    public record NumberRange(String prefix, String holderId, String numberType) {}

    public record Channel(
            String id,
            String kind,
            Map<String, String> names,
            List<String> carriers,
            List<String> paymentMethods,
            Boolean givesChange,
            Money minAmount,
            Money maxAmount,
            List<Money> denominations,
            BigDecimal feePercent,
            Money feeFixed,
            Integer minutesToCredit,
            List<OpeningPeriod> openingHours,
            List<String> cities,
            Map<String, List<String>> steps,
            boolean verified,
            String notes,
            Map<String, Fact> facts,
            String dialCode,
            Map<String, String> terms) {

        /** A carrier's credit advance: money lent onto a balance at zero, paid back from the next top-up. */
        public static final String CREDIT_ADVANCE = "credit-advance";

        /** A way someone else takes for the person on their own phone (a scratch card, a balance transfer). */
        public static final String BY_SOMEONE_ELSE = "by-someone-else";

        public boolean creditAdvance() {
            return CREDIT_ADVANCE.equals(kind);
        }

        public boolean bySomeoneElse() {
            return BY_SOMEONE_ELSE.equals(kind);
        }

        /** Whether the catalog says no page states this fact (a catalog from before facts says nothing of it). */
        public boolean unknown(String fact) {
            return facts != null
                    && facts.containsKey(fact)
                    && Fact.UNKNOWN.equals(facts.get(fact).status());
        }
    }

    /**
     * Where one fact of the catalog comes from: {@code confirmed} (the page says exactly this),
     * {@code reported} (a secondary source) or {@code unknown} (no page: the catalog gives no value).
     */
    public record Fact(String status, String url, String title, LocalDate checkedOn) {
        public static final String UNKNOWN = "unknown";
    }

    /** Open on {@code day} from {@code opens} to {@code closes}, HH:mm in Asia/Baku; closing before opening runs past midnight. */
    public record OpeningPeriod(DayOfWeek day, String opens, String closes) {}

    public record Promotion(
            String id,
            String carrierId,
            String channelId,
            Map<String, String> texts,
            Instant validFrom,
            Instant validTo,
            Money minAmount) {}

    /**
     * What a provider's failure code means: its cause, whether the outcome is {@code final},
     * {@code retryable} or {@code unknown} (the money may still arrive), and how long to wait.
     */
    public record FailureCode(
            String id,
            String provider,
            String code,
            String cause,
            String outcome,
            Integer waitSeconds,
            Map<String, Fact> facts) {}

    /** The channel of that id; empty for none (or a null id). */
    public Optional<Channel> channel(String id) {
        return channels.stream().filter(channel -> channel.id().equals(id)).findFirst();
    }

    public Optional<Carrier> carrier(String id) {
        return carriers.stream().filter(carrier -> carrier.id().equals(id)).findFirst();
    }

    /** A failure code as a payment system reports it; codes are unique across providers in practice, the first by provider wins. */
    public Optional<FailureCode> failureCode(String code) {
        return failureCodes.stream().filter(known -> known.code().equals(code)).findFirst();
    }

    /** The range a national number ({@code 0604567890}) falls in: the longest prefix that matches. */
    public Optional<NumberRange> rangeOf(String nationalWithTrunkZero) {
        return numberRanges.stream()
                .filter(range -> nationalWithTrunkZero.startsWith(range.prefix()))
                .max((a, b) -> Integer.compare(a.prefix().length(), b.prefix().length()));
    }
}
