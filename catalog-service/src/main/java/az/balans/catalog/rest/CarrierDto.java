package az.balans.catalog.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A carrier, or any holder of Azerbaijani number ranges. {@code id} is taken from the path on PUT;
 * {@code version} is read-only (If-Match carries the version a write expects). {@code facts} says
 * where its {@code balanceCode} and {@code topUpCode} come from: a code needs a confirmed or
 * reported source, and one without is unknown and left out.
 */
public record CarrierDto(
        @Pattern(
                        regexp = "[a-z][a-z0-9-]{1,31}",
                        message = "must be lower-case letters, digits and dashes, such as azercell")
                String id,
        @NotNull @Localized Map<String, @NotBlank @Size(max = 100) String> names,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
        @NotNull
                @Pattern(
                        regexp = "mobile-operator|other-operator",
                        message = "must be mobile-operator or other-operator")
                String kind,
        @NotNull @Pattern(regexp = "active|retired", message = "must be active or retired")
                String status,
        LocalDate retiredOn,
        @Size(max = 64)
                @Pattern(
                        regexp = "[0-9*#A-Z]{1,30}( / [0-9*#A-Z]{1,30}){0,3}",
                        message =
                                "must be codes only, such as *100#YES, with alternatives as '2112 / *111#YES'; how to use them goes in notes")
                String balanceCode,
        @Size(max = 128) String topUpCode,
        @Size(max = 300) String website,
        @Size(max = 32) String supportPhone,
        @Size(max = 2000) String notes,
        @Valid Map<String, @NotNull @Valid FactDto> facts,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent LocalDate verifiedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long version) {}
