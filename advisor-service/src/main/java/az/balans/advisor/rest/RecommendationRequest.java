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
 * Where to top up {@code number} with what the person has: {@code paymentMethods} names the ways to
 * pay at hand, or is {@code ["nothing"]} for a person with none (then the answer is the carrier's
 * credit advances, and what someone else can do from elsewhere). {@code amount} is optional (any amount
 * then); {@code at} defaults to now, {@code city} to anywhere; {@code language} overrides Accept-Language.
 */
public record RecommendationRequest(
        @NotBlank @Size(max = 40) String number,
        @Valid Money amount,
        @NotEmpty @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = RecommendationQuery.AT_HAND_PATTERN,
                                        message =
                                                "must be cash, local-card, international-card, wallet or nothing")
                                String>
                        paymentMethods,
        @Size(max = 60) String city,
        Instant at,
        @Pattern(regexp = "en|az|ru|zh", message = "must be en, az, ru or zh") String language) {}
