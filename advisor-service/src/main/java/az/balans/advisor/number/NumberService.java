package az.balans.advisor.number;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.client.Answer;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.HistorySummary;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which carrier a number belongs to, and which one serves it now. */
@ApplicationScoped
public class NumberService {

    private static final NumberParser PARSER = new NumberParser();

    private final CatalogSnapshots catalog;
    private final ServingCarriers servingCarriers;

    NumberService(CatalogSnapshots catalog, ServingCarriers servingCarriers) {
        this.catalog = catalog;
        this.servingCarriers = servingCarriers;
    }

    public KnownNumber lookup(String input, String language) {
        AdvisorMessages messages = Messages.in(language);
        NumberAnalysis analysis = PARSER.parse(input);
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!analysis.valid()) {
            return new KnownNumber(
                    input,
                    analysis.e164(),
                    analysis.national(),
                    false,
                    analysis.problem(),
                    analysis.problem().describe(messages),
                    analysis.corrections(),
                    null,
                    null,
                    KnownNumber.ServingCarrierSource.UNKNOWN,
                    null,
                    notes,
                    warnings);
        }

        Optional<CatalogSnapshot> snapshot = catalog.current();
        Optional<CatalogSnapshot.Carrier> holder = Optional.empty();
        if (snapshot.isEmpty()) {
            warnings.add(messages.catalogUnavailable());
        } else {
            String national = "0" + analysis.e164().substring(4);
            holder =
                    snapshot.get()
                            .rangeOf(national)
                            .flatMap(range -> snapshot.get().carrier(range.holderId()));
        }

        Answer<Optional<HistorySummary>> known = servingCarriers.of(analysis.e164());
        if (!known.available()) {
            warnings.add(messages.historyUnavailable());
        }
        Optional<String> servedBy =
                known.value()
                        .map(HistorySummary::servingCarrier)
                        .map(HistorySummary.ServingCarrier::carrier);

        KnownNumber.Carrier rangeHolder =
                holder.map(carrier -> carrier(carrier, language)).orElse(null);
        KnownNumber.Carrier serving;
        KnownNumber.ServingCarrierSource source;
        // History names the serving carrier only where it differs from the range's holder (a port):
        // a number that stayed where its range is reads the same whether Balans saw it topped up or
        // not, so asking about a number, with or without a token, never tells whether or when it
        // was.
        boolean ported =
                servedBy.isPresent()
                        && (rangeHolder == null || !rangeHolder.id().equals(servedBy.get()));
        if (ported) {
            serving =
                    snapshot.flatMap(s -> s.carrier(servedBy.get()))
                            .map(carrier -> carrier(carrier, language))
                            .orElse(
                                    new KnownNumber.Carrier(
                                            servedBy.get(), servedBy.get(), null, null, null));
            source = KnownNumber.ServingCarrierSource.HISTORY;
            if (rangeHolder != null) {
                notes.add(messages.ported(rangeHolder.name(), serving.name()));
            }
        } else if (rangeHolder != null && "active".equals(rangeHolder.status())) {
            serving = rangeHolder;
            source = KnownNumber.ServingCarrierSource.RANGE;
        } else {
            serving = null;
            source = KnownNumber.ServingCarrierSource.UNKNOWN;
        }
        if (rangeHolder != null && "retired".equals(rangeHolder.status())) {
            notes.add(
                    messages.retiredHolder(
                                    rangeHolder.name(), String.valueOf(rangeHolder.retiredOn()))
                            + " "
                            + (ported
                                    ? messages.retiredPortedTo(serving.name())
                                    : messages.retiredUnknown()));
        }
        return new KnownNumber(
                input,
                analysis.e164(),
                analysis.national(),
                true,
                null,
                null,
                analysis.corrections(),
                rangeHolder,
                serving,
                source,
                source == KnownNumber.ServingCarrierSource.HISTORY ? known.askedAt() : null,
                notes,
                warnings);
    }

    /** The carriers a number's top-up can go to: the one serving it if known, else every active one (with a warning). */
    public List<String> candidateCarriers(KnownNumber lookup) {
        if (lookup.servingCarrier() != null) {
            return List.of(lookup.servingCarrier().id());
        }
        return catalog.current()
                .map(
                        snapshot ->
                                snapshot.carriers().stream()
                                        .filter(
                                                carrier ->
                                                        "mobile-operator".equals(carrier.kind())
                                                                && "active"
                                                                        .equals(carrier.status()))
                                        .map(CatalogSnapshot.Carrier::id)
                                        .toList())
                .orElse(List.of());
    }

    /** The carrier as the person reads its name, in their language (Азерселл on a Russian page, as every other card there says). */
    private static KnownNumber.Carrier carrier(CatalogSnapshot.Carrier carrier, String language) {
        String name = Language.pick(carrier.names(), language);
        return new KnownNumber.Carrier(
                carrier.id(),
                name == null ? carrier.id() : name,
                carrier.status(),
                carrier.retiredOn(),
                carrier.balanceCode());
    }
}
