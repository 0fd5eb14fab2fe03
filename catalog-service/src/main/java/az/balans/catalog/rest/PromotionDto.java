package az.balans.catalog.rest;

import az.balans.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An offer on top-ups: for a carrier, optionally only through one channel, from validFrom until (not including) validTo. */
public record PromotionDto(
        @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{1,62}",
                        message = "must be lower-case letters, digits and dashes")
                String id,
        @NotBlank @Size(max = 32) String carrierId,
        @Size(max = 64) String channelId,
        @NotNull @Localized Map<String, @NotBlank @Size(max = 1000) String> texts,
        @NotNull Instant validFrom,
        @NotNull Instant validTo,
        @Valid Money minAmount,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent LocalDate verifiedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long version) {}
