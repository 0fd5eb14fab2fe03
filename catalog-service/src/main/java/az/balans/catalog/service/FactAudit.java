package az.balans.catalog.service;

import az.balans.catalog.config.CatalogConfig;
import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.catalog.repository.FactSource;
import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.FailureCodeRepository;
import az.balans.platform.metrics.ReadAtScrape;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The editors' worklist: every fact of every channel, carrier and failure code, with its status and
 * the age of its page, the unknown ones first, then the stale (read longer ago than
 * {@code catalog.facts.stale-after}), oldest first. Two gauges count them for the operators:
 * {@code balans_catalog_facts_unknown} and {@code balans_catalog_facts_stale}.
 */
@ApplicationScoped
@Startup // the gauges exist from the start, before anyone asks for the worklist
public class FactAudit {

    private final CarrierRepository carriers;
    private final ChannelRepository channels;
    private final FailureCodeRepository failureCodes;
    private final Clock clock;
    private final long staleAfterDays;

    FactAudit(
            CarrierRepository carriers,
            ChannelRepository channels,
            FailureCodeRepository failureCodes,
            Clock clock,
            CatalogConfig config,
            MeterRegistry registry) {
        this.carriers = carriers;
        this.channels = channels;
        this.failureCodes = failureCodes;
        this.clock = clock;
        this.staleAfterDays = config.facts().staleAfter().toDays();
        ReadAtScrape.register(
                registry,
                "balans.catalog.facts.unknown",
                "Facts of the catalog no public page is known to state",
                () ->
                        QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                worklist().stream()
                                                        .filter(
                                                                fact ->
                                                                        FactSource.UNKNOWN.equals(
                                                                                fact.status()))
                                                        .count()));
        ReadAtScrape.register(
                registry,
                "balans.catalog.facts.stale",
                "Facts of the catalog whose page was last read longer ago than catalog.facts.stale-after",
                () ->
                        QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                worklist().stream()
                                                        .filter(AuditedFact::stale)
                                                        .count()));
    }

    @Transactional
    public List<AuditedFact> worklist() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<AuditedFact> facts = new ArrayList<>();
        channels.listAll()
                .forEach(
                        channel ->
                                add(
                                        facts,
                                        "channel",
                                        channel.id,
                                        channel.factNames(),
                                        channel.facts,
                                        today));
        carriers.listAll()
                .forEach(
                        carrier ->
                                add(
                                        facts,
                                        "carrier",
                                        carrier.id,
                                        Carrier.FACTS,
                                        carrier.facts,
                                        today));
        failureCodes
                .listAll()
                .forEach(
                        code ->
                                add(
                                        facts,
                                        "failure-code",
                                        code.id,
                                        FailureCode.FACTS,
                                        code.facts,
                                        today));
        facts.sort(
                Comparator.comparing(
                                (AuditedFact fact) -> !FactSource.UNKNOWN.equals(fact.status()))
                        .thenComparing(fact -> !fact.stale())
                        .thenComparing(
                                fact -> fact.ageDays() == null ? Long.MIN_VALUE : -fact.ageDays())
                        .thenComparing(AuditedFact::entity)
                        .thenComparing(AuditedFact::id)
                        .thenComparing(AuditedFact::fact));
        return facts;
    }

    private void add(
            List<AuditedFact> facts,
            String entity,
            String id,
            List<String> names,
            Map<String, FactSource> kept,
            LocalDate today) {
        for (String name : names) {
            FactSource source = FactSource.of(kept, name);
            LocalDate checkedOn = source.checkedOnDate();
            Long age = checkedOn == null ? null : ChronoUnit.DAYS.between(checkedOn, today);
            facts.add(
                    new AuditedFact(
                            entity,
                            id,
                            name,
                            source.status(),
                            source.url(),
                            source.title(),
                            checkedOn,
                            age,
                            age == null || age > staleAfterDays));
        }
    }
}
