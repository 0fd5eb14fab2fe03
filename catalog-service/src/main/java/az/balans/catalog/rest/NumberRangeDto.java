package az.balans.catalog.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A national prefix (with the trunk 0) and the carrier holding it. {@code prefix} is taken from the path on PUT. */
public record NumberRangeDto(
        @Pattern(
                        regexp = "0\\d{2,6}",
                        message = "must be a national prefix with its 0, such as 050 or 036554")
                String prefix,
        @NotBlank @Size(max = 32) String holderId,
        @NotNull @Pattern(regexp = "mobile|fixed-line", message = "must be mobile or fixed-line")
                String numberType,
        @PastOrPresent LocalDate addedOn,
        @Size(max = 2000) String notes,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent LocalDate verifiedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long version) {}
