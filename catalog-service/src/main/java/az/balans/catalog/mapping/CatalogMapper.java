package az.balans.catalog.mapping;

import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.Channel;
import az.balans.catalog.repository.FactSource;
import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.NumberRange;
import az.balans.catalog.repository.OpeningPeriod;
import az.balans.catalog.repository.Promotion;
import az.balans.catalog.rest.AuditedFactDto;
import az.balans.catalog.rest.CarrierDto;
import az.balans.catalog.rest.CatalogSnapshot;
import az.balans.catalog.rest.ChannelDto;
import az.balans.catalog.rest.FactDto;
import az.balans.catalog.rest.FailureCodeDto;
import az.balans.catalog.rest.NumberRangeDto;
import az.balans.catalog.rest.Page;
import az.balans.catalog.rest.PromotionDto;
import az.balans.catalog.service.AuditedFact;
import az.balans.catalog.service.ResultPage;
import az.balans.platform.money.Money;
import az.balans.problem.InvalidFieldException;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entities to the DTOs the API shows, and DTOs to new entities for writes (the service puts them in place). Rules that span fields
 * (a retired carrier has a date, a promotion ends after it starts) are checked here, where both
 * fields are at hand, and answered with the field at fault.
 */
public final class CatalogMapper {

    private CatalogMapper() {}

    public static CarrierDto toDto(Carrier carrier) {
        return new CarrierDto(
                carrier.id,
                carrier.names,
                carrier.aliases,
                carrier.kind,
                carrier.status,
                carrier.retiredOn,
                carrier.balanceCode,
                carrier.topUpCode,
                carrier.website,
                carrier.supportPhone,
                carrier.notes,
                factsOf(carrier.facts, Carrier.FACTS),
                carrier.source,
                carrier.verifiedOn,
                carrier.version);
    }

    public static Carrier toEntity(CarrierDto dto) {
        Carrier carrier = new Carrier();
        carrier.id = dto.id();
        carrier.names = dto.names();
        carrier.aliases = orEmpty(dto.aliases());
        carrier.kind = dto.kind();
        carrier.status = dto.status();
        carrier.retiredOn = dto.retiredOn();
        carrier.balanceCode = dto.balanceCode();
        carrier.topUpCode = dto.topUpCode();
        carrier.website = dto.website();
        carrier.supportPhone = dto.supportPhone();
        carrier.notes = dto.notes();
        carrier.facts =
                sources(
                        dto.facts(),
                        Carrier.FACTS,
                        Map.of(
                                "balanceCode", dto.balanceCode() != null,
                                "topUpCode", dto.topUpCode() != null));
        carrier.source = dto.source();
        carrier.verifiedOn = dto.verifiedOn();
        return carrier;
    }

    public static NumberRangeDto toDto(NumberRange range) {
        return new NumberRangeDto(
                range.prefix,
                range.holderId,
                range.numberType,
                range.addedOn,
                range.notes,
                range.source,
                range.verifiedOn,
                range.version);
    }

    public static NumberRange toEntity(NumberRangeDto dto) {
        NumberRange range = new NumberRange();
        range.prefix = dto.prefix();
        range.holderId = dto.holderId();
        range.numberType = dto.numberType();
        range.addedOn = dto.addedOn();
        range.notes = dto.notes();
        range.source = dto.source();
        range.verifiedOn = dto.verifiedOn();
        return range;
    }

    public static ChannelDto toDto(Channel channel) {
        return new ChannelDto(
                channel.id,
                channel.kind,
                channel.names,
                channel.operator,
                channel.carriers,
                channel.paymentMethods,
                channel.givesChange,
                Money.of(channel.minAmount, channel.currency),
                Money.of(channel.maxAmount, channel.currency),
                channel.denominations.stream()
                        .map(value -> Money.of(value, channel.currency))
                        .toList(),
                channel.feePercent,
                Money.of(channel.feeFixed, channel.currency),
                channel.minutesToCredit,
                channel.openingHours == null
                        ? null
                        : channel.openingHours.stream()
                                .map(
                                        period ->
                                                new ChannelDto.OpeningPeriod(
                                                        DayOfWeek.valueOf(period.day()),
                                                        period.opens(),
                                                        period.closes()))
                                .toList(),
                channel.cities,
                channel.languages,
                channel.steps,
                channel.verified,
                channel.notes,
                factsOf(channel.facts, channel.factNames()),
                channel.source,
                channel.verifiedOn,
                channel.version);
    }

    public static Channel toEntity(ChannelDto dto) {
        Channel channel = new Channel();
        channel.id = dto.id();
        channel.kind = dto.kind();
        channel.names = dto.names();
        channel.operator = dto.operator();
        channel.carriers = dto.carriers();
        channel.paymentMethods = dto.paymentMethods();
        channel.givesChange = dto.givesChange();
        channel.currency = Money.AZN;
        channel.minAmount = Money.amountOf(dto.minAmount());
        channel.maxAmount = Money.amountOf(dto.maxAmount());
        channel.denominations =
                orEmpty(dto.denominations()).stream().map(Money::amount).sorted().toList();
        // a fee left out is a fee not known, which is not the same as no fee
        channel.feePercent = dto.feePercent();
        channel.feeFixed = Money.amountOf(dto.feeFixed());
        channel.minutesToCredit = dto.minutesToCredit();
        channel.openingHours =
                dto.openingHours() == null
                        ? null
                        : dto.openingHours().stream()
                                .map(
                                        period ->
                                                new OpeningPeriod(
                                                        period.day().name(),
                                                        period.opens(),
                                                        period.closes()))
                                .toList();
        channel.cities = orEmpty(dto.cities());
        channel.languages = orEmpty(dto.languages());
        channel.steps = dto.steps();
        channel.verified = dto.verified() == null || dto.verified();
        channel.notes = dto.notes();
        channel.facts =
                sources(
                        dto.facts(),
                        channel.factNames(),
                        Map.of(
                                "fee", channel.feePercent != null || channel.feeFixed != null,
                                "minAmount", channel.minAmount != null,
                                "maxAmount", channel.maxAmount != null,
                                "denominations", !channel.denominations.isEmpty(),
                                "openingHours",
                                        channel.openingHours != null
                                                && Channel.HAS_PLACE.contains(channel.kind),
                                "minutesToCredit", channel.minutesToCredit != null,
                                "givesChange", channel.givesChange != null));
        channel.source = dto.source();
        channel.verifiedOn = dto.verifiedOn();
        return channel;
    }

    public static PromotionDto toDto(Promotion promotion) {
        return new PromotionDto(
                promotion.id,
                promotion.carrierId,
                promotion.channelId,
                promotion.texts,
                promotion.validFrom,
                promotion.validTo,
                Money.of(promotion.minAmount, promotion.currency),
                promotion.source,
                promotion.verifiedOn,
                promotion.version);
    }

    public static Promotion toEntity(PromotionDto dto) {
        Promotion promotion = new Promotion();
        promotion.id = dto.id();
        promotion.carrierId = dto.carrierId();
        promotion.channelId = dto.channelId();
        promotion.texts = dto.texts();
        promotion.validFrom = dto.validFrom();
        promotion.validTo = dto.validTo();
        promotion.minAmount = Money.amountOf(dto.minAmount());
        promotion.currency = Money.AZN;
        promotion.source = dto.source();
        promotion.verifiedOn = dto.verifiedOn();
        return promotion;
    }

    public static FailureCodeDto toDto(FailureCode code) {
        return new FailureCodeDto(
                code.id,
                code.provider,
                code.code,
                code.cause,
                code.outcome,
                code.waitSeconds,
                code.meaning,
                code.verified,
                code.notes,
                factsOf(code.facts, FailureCode.FACTS),
                code.source,
                code.verifiedOn,
                code.version);
    }

    /** The provider and the code make the id. */
    public static FailureCode toEntity(FailureCodeDto dto) {
        FailureCode code = new FailureCode();
        code.id = FailureCode.idOf(dto.provider(), dto.code());
        code.provider = dto.provider();
        code.code = dto.code();
        code.cause = dto.cause();
        code.outcome = dto.outcome();
        code.waitSeconds = dto.waitSeconds();
        code.meaning = dto.meaning();
        code.verified = Boolean.TRUE.equals(dto.verified());
        code.notes = dto.notes();
        // what a code means may rest on no page (a demo code); a wait is never guessed
        code.facts =
                sources(
                        dto.facts(),
                        FailureCode.FACTS,
                        Map.of("meaning", false, "wait", dto.waitSeconds() != null));
        code.source = dto.source();
        code.verifiedOn = dto.verifiedOn();
        return code;
    }

    public static AuditedFactDto toDto(AuditedFact fact) {
        return new AuditedFactDto(
                fact.entity(),
                fact.id(),
                fact.fact(),
                fact.status(),
                fact.url(),
                fact.title(),
                fact.checkedOn(),
                fact.ageDays(),
                fact.stale());
    }

    public static <E, D> Page<D> toPage(ResultPage<E> found, Function<E, D> toDto) {
        return new Page<>(
                found.items().stream().map(toDto).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    public static CatalogSnapshot toSnapshot(
            long revision,
            List<Carrier> carriers,
            List<NumberRange> ranges,
            List<Channel> channels,
            List<Promotion> promotions,
            List<FailureCode> failureCodes) {
        return new CatalogSnapshot(
                revision,
                carriers.stream().map(CatalogMapper::toDto).toList(),
                ranges.stream().map(CatalogMapper::toDto).toList(),
                channels.stream().map(CatalogMapper::toDto).toList(),
                promotions.stream().map(CatalogMapper::toDto).toList(),
                failureCodes.stream().map(CatalogMapper::toDto).toList());
    }

    /** Every fact of the record with its source, an unknown one where none is kept. */
    private static Map<String, FactDto> factsOf(Map<String, FactSource> kept, List<String> names) {
        Map<String, FactDto> facts = new LinkedHashMap<>();
        for (String name : names) {
            FactSource source = FactSource.of(kept, name);
            facts.put(
                    name,
                    new FactDto(
                            source.status(), source.url(), source.title(), source.checkedOnDate()));
        }
        return facts;
    }

    /**
     * The sources of a record's facts as written: only facts the record has, a page (address, title,
     * date) behind every confirmed or reported one, and a confirmed or reported source behind every
     * value given ({@code given}: whether the record has a value for that fact). A fact left out is unknown.
     */
    private static Map<String, FactSource> sources(
            Map<String, FactDto> facts, List<String> names, Map<String, Boolean> given) {
        Map<String, FactDto> written = facts == null ? Map.of() : facts;
        Map<String, FactSource> sources = new LinkedHashMap<>();
        for (Map.Entry<String, FactDto> fact : written.entrySet()) {
            String field = "facts." + fact.getKey();
            if (!names.contains(fact.getKey())) {
                throw new InvalidFieldException(
                        field,
                        "is not a fact of this record; its facts are " + String.join(", ", names));
            }
            FactDto source = fact.getValue();
            boolean sourced = !FactSource.UNKNOWN.equals(source.status());
            if (sourced
                    && (source.url() == null
                            || source.title() == null
                            || source.title().isBlank()
                            || source.checkedOn() == null)) {
                throw new InvalidFieldException(
                        field,
                        "a "
                                + source.status()
                                + " fact needs the url and title of the page that says it, "
                                + "and the date it was checked");
            }
            sources.put(
                    fact.getKey(),
                    new FactSource(
                            source.status(),
                            source.url(),
                            source.title(),
                            source.checkedOn() == null ? null : source.checkedOn().toString()));
        }
        given.forEach(
                (name, hasValue) -> {
                    if (hasValue && !FactSource.of(sources, name).sourced()) {
                        throw new InvalidFieldException(
                                "facts." + name,
                                "a value needs the page that says it (status confirmed or "
                                        + "reported); without one the fact is unknown: leave the value out");
                    }
                });
        return sources;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
