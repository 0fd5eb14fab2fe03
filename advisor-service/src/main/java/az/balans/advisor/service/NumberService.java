package az.balans.advisor.service;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.client.HistoryLookup;
import az.balans.advisor.client.HistorySummary;
import az.balans.advisor.rest.NumberLookup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which carrier a number belongs to, and which one serves it now. */
@ApplicationScoped
public class NumberService {

    private static final NumberParser PARSER = new NumberParser();

    private final CatalogSnapshots catalog;
    private final HistoryGateway history;

    NumberService(CatalogSnapshots catalog, HistoryGateway history) {
        this.catalog = catalog;
        this.history = history;
    }

    public NumberLookup lookup(String input) {
        NumberAnalysis analysis = PARSER.parse(input);
        List<String> corrections = analysis.corrections().stream().map(Enum::name).toList();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!analysis.valid()) {
            return new NumberLookup(input, analysis.e164(), analysis.national(), false,
                    new NumberLookup.Problem(analysis.problem().name(), NumberMessages.problem(analysis.problem())),
                    corrections, null, null, "unknown", notes, false, warnings);
        }

        Optional<CatalogSnapshot> snapshot = catalog.current();
        Optional<CatalogSnapshot.Carrier> holder = Optional.empty();
        if (snapshot.isEmpty()) {
            warnings.add("The catalog could not be read: the range holder is not known");
        } else {
            String national = "0" + analysis.e164().substring(4);
            holder = snapshot.get().rangeOf(national).flatMap(range -> snapshot.get().carrier(range.holderId()));
        }

        HistoryLookup known = history.summary(analysis.e164());
        if (!known.available()) {
            warnings.add("history-service could not be asked: a ported number may show its old carrier");
        }
        Optional<String> servedBy = known.summary().map(HistorySummary::servingCarrier).map(HistorySummary.ServingCarrier::carrier);

        NumberLookup.Carrier rangeHolder = holder.map(NumberService::carrier).orElse(null);
        NumberLookup.Carrier serving;
        String source;
        if (servedBy.isPresent()) {
            serving = snapshot.flatMap(s -> s.carrier(servedBy.get())).map(NumberService::carrier)
                    .orElse(new NumberLookup.Carrier(servedBy.get(), servedBy.get(), null, null, null));
            source = "history";
            if (rangeHolder != null && !rangeHolder.id().equals(serving.id())) {
                notes.add("Ported: the range belongs to " + rangeHolder.name() + ", but the latest successful top-up went to "
                        + serving.name() + ".");
            }
        } else if (rangeHolder != null && "active".equals(rangeHolder.status())) {
            serving = rangeHolder;
            source = "range";
        } else {
            serving = null;
            source = "unknown";
        }
        if (rangeHolder != null && "retired".equals(rangeHolder.status())) {
            notes.add(rangeHolder.name() + " stopped all services on " + rangeHolder.retiredOn() + ". Its numbers were either ported "
                    + "to Azercell, Bakcell or Nar, or cancelled. "
                    + (servedBy.isPresent() ? "This one was ported to " + serving.name() + "."
                    : "Balans has no top-up of this number since, so it cannot tell which: ask the owner which carrier they use."));
        }
        return new NumberLookup(input, analysis.e164(), analysis.national(), true, null, corrections, rangeHolder, serving, source,
                notes, !warnings.isEmpty(), warnings);
    }

    private static NumberLookup.Carrier carrier(CatalogSnapshot.Carrier carrier) {
        return new NumberLookup.Carrier(carrier.id(), carrier.names().getOrDefault("en", carrier.id()), carrier.status(),
                carrier.retiredOn(), carrier.balanceCode());
    }
}
