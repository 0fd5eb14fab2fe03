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
import az.balans.catalog.service.CatalogSnapshotService;
import az.balans.catalog.service.ResultPage;
import az.balans.platform.money.Money;
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
        carrier.facts = sources(dto.facts());
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
                channel.dialCode,
                channel.terms,
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
        channel.dialCode = dto.dialCode();
        channel.terms = dto.terms();
        channel.facts = sources(dto.facts());
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
        code.facts = sources(dto.facts());
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

    public static CatalogSnapshot toDto(CatalogSnapshotService.Snapshot snapshot) {
        return new CatalogSnapshot(
                snapshot.revision(),
                snapshot.carriers().stream().map(CatalogMapper::toDto).toList(),
                snapshot.numberRanges().stream().map(CatalogMapper::toDto).toList(),
                snapshot.channels().stream().map(CatalogMapper::toDto).toList(),
                snapshot.promotions().stream().map(CatalogMapper::toDto).toList(),
                snapshot.failureCodes().stream().map(CatalogMapper::toDto).toList());
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

    /** The sources of a record's facts as written; the service holds them to the catalog's rules. */
    private static Map<String, FactSource> sources(Map<String, FactDto> facts) {
        Map<String, FactSource> sources = new LinkedHashMap<>();
        if (facts != null) {
            facts.forEach(
                    (name, source) ->
                            sources.put(
                                    name,
                                    new FactSource(
                                            source.status(),
                                            source.url(),
                                            source.title(),
                                            source.checkedOn() == null
                                                    ? null
                                                    : source.checkedOn().toString())));
        }
        return sources;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
