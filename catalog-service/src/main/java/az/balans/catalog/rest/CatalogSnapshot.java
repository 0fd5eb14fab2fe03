package az.balans.catalog.rest;

import java.util.List;

/** The whole catalog at one revision, as the advisor keeps it in memory. */
public record CatalogSnapshot(
        long revision,
        List<CarrierDto> carriers,
        List<NumberRangeDto> numberRanges,
        List<ChannelDto> channels,
        List<PromotionDto> promotions,
        List<FailureCodeDto> failureCodes) {}
