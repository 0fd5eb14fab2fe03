package az.balans.advisor.diagnosis;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.number.KnownNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The evidence of a diagnosis, a piece at a time: what a test does not set is absent, as in a request that leaves it out. */
final class EvidenceBuilder {

    private final KnownNumber number;
    private final CatalogSnapshot catalog;
    private final Instant now;
    private Optional<HistoryAttempt> attempt = Optional.empty();
    private String channelId;
    private BigDecimal amount;
    private String failureCode;
    private String description;
    private Optional<Map<String, ChannelHealth>> health = Optional.empty();
    private List<HistoryAttempt> recent = List.of();
    private String language = "en";
    private Optional<Diagnosis.Alternative> alternative = Optional.empty();

    EvidenceBuilder(KnownNumber number, CatalogSnapshot catalog, Instant now) {
        this.number = number;
        this.catalog = catalog;
        this.now = now;
    }

    EvidenceBuilder attempt(HistoryAttempt attempt) {
        this.attempt = Optional.of(attempt);
        return this;
    }

    EvidenceBuilder channel(String channelId) {
        this.channelId = channelId;
        return this;
    }

    EvidenceBuilder amount(String amount) {
        this.amount = new BigDecimal(amount);
        return this;
    }

    EvidenceBuilder failureCode(String failureCode) {
        this.failureCode = failureCode;
        return this;
    }

    EvidenceBuilder description(String description) {
        this.description = description;
        return this;
    }

    EvidenceBuilder health(Map<String, ChannelHealth> health) {
        this.health = Optional.of(health);
        return this;
    }

    EvidenceBuilder recent(HistoryAttempt... recent) {
        this.recent = List.of(recent);
        return this;
    }

    EvidenceBuilder language(String language) {
        this.language = language;
        return this;
    }

    EvidenceBuilder alternative(Diagnosis.Alternative alternative) {
        this.alternative = Optional.of(alternative);
        return this;
    }

    Evidence build() {
        return new Evidence(
                number,
                attempt,
                channelId,
                amount,
                failureCode,
                description,
                health,
                recent,
                catalog,
                now,
                language,
                alternative);
    }
}
