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

/**
 * Everything a diagnosis may rest on (docs/api.md, POST /diagnoses): the number, the attempt as history
 * recorded it, what the person gave (channel, amount, failure code, their own words), the channels'
 * live health, the number's recent top-ups, the catalog, the time asked and the language, and the
 * way out found for it. Absent parts are simply not used.
 */
public record Evidence(
        KnownNumber number,
        Optional<HistoryAttempt> attempt,
        String channelId,
        BigDecimal amount,
        String failureCode,
        String description,
        Optional<Map<String, ChannelHealth>> health,
        List<HistoryAttempt> recentAttempts,
        CatalogSnapshot catalog,
        Instant now,
        String language,
        Optional<Diagnosis.Alternative> alternative) {}
