package az.balans.advisor.service;

import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.rest.DiagnosisRequest;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers the evidence for a diagnosis from the catalog and history, and has it weighed. */
@ApplicationScoped
public class DiagnosisService {

    private final NumberService numbers;
    private final CatalogSnapshots catalog;
    private final HistoryGateway history;
    private final LiveChannelHealth liveHealth;
    private final Diagnostician diagnostician = new Diagnostician(Messages::in);
    private final Clock clock = Clock.systemUTC();

    DiagnosisService(NumberService numbers, CatalogSnapshots catalog, HistoryGateway history, LiveChannelHealth liveHealth) {
        this.numbers = numbers;
        this.catalog = catalog;
        this.history = history;
        this.liveHealth = liveHealth;
    }

    /**
     * @param subscriberNumber when a subscriber (not a support agent) asks about an attempt: their number,
     *                         which the attempt must belong to, or it is treated as unknown
     */
    public DiagnosisResponse diagnose(DiagnosisRequest request, String language, Optional<String> subscriberNumber) {
        return diagnose(request, language, subscriberNumber, numbers.lookup(request.number(), language));
    }

    /** The same, for a caller that has already looked the number up (the page shows it first). */
    public DiagnosisResponse diagnose(DiagnosisRequest request, String language, Optional<String> subscriberNumber, NumberLookup number) {
        AdvisorMessages messages = Messages.in(language);
        List<String> warnings = new ArrayList<>(number.warnings());
        boolean historyMissing = number.valid() && number.degraded();

        Optional<HistoryAttempt> attempt = Optional.empty();
        if (request.attemptId() != null) {
            HistoryGateway.Answer<Optional<HistoryAttempt>> answer = history.attempt(request.attemptId());
            attempt = answer.value().filter(seen -> subscriberNumber.map(own -> own.equals(seen.msisdn())).orElse(true));
            historyMissing |= !answer.available();
        }
        List<HistoryAttempt> recent = List.of();
        if (number.valid()) {
            HistoryGateway.Answer<List<HistoryAttempt>> answer = history.recentAttempts(number.e164());
            recent = answer.value();
            historyMissing |= !answer.available();
        }
        if (historyMissing && !warnings.contains(messages.historyUnavailable())) {
            warnings.add(messages.historyUnavailable());
        }
        Optional<LiveChannelHealth.View> live = liveHealth.usable(messages, warnings);
        Optional<Map<String, ChannelHealth>> health = live.map(LiveChannelHealth.View::byChannel);
        List<DiagnosisResponse.Cause> causes = diagnostician.diagnose(new Diagnostician.Evidence(number, attempt, request.channelId(),
                request.amount() == null ? null : request.amount().amount(), request.failureCode(), request.description(), health, recent,
                catalog.current().orElse(null), clock.instant(), language));
        return new DiagnosisResponse(number.e164(), language, causes, historyMissing || number.degraded() || live.isEmpty(), warnings,
                live.map(LiveChannelHealth.View::asOf).orElse(null));
    }
}
