package az.balans.advisor.rest;

import az.balans.advisor.recommendation.RecommendationQuery;
import az.balans.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Where to top up {@code number} with what the person has. {@code amount} is optional (any amount
 * then); {@code at} defaults to now, {@code city} to anywhere; {@code language} overrides Accept-Language.
 */
public record RecommendationRequest(
        @NotBlank @Size(max = 40) String number,
        @Valid Money amount,
        @NotEmpty @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = RecommendationQuery.PAYMENT_METHOD_PATTERN,
                                        message =
                                                "must be cash, local-card, international-card or wallet")
                                String>
                        paymentMethods,
        @Size(max = 60) String city,
        Instant at,
        @Pattern(regexp = "en|az|ru|zh", message = "must be en, az, ru or zh") String language) {}
