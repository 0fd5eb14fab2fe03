package az.balans.advisor.rest;

import az.balans.advisor.recommendation.RecommendationQuery;
import az.balans.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Why did a top-up of {@code number} fail? Any of the rest helps: the more given, the surer the answer.
 * {@code paymentMethods} is what the person has at hand, for the alternative a remedy names (else the
 * attempt's own method where the channel refused it, else any).
 */
public record DiagnosisRequest(
        @NotBlank @Size(max = 40) String number,
        @Size(max = 200) String attemptId,
        @Size(max = 64) String channelId,
        @Valid Money amount,
        @Size(max = 64) String failureCode,
        @Size(max = 2000) String description,
        @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = RecommendationQuery.PAYMENT_METHOD_PATTERN,
                                        message =
                                                "must be cash, local-card, international-card or wallet")
                                String>
                        paymentMethods,
        @Pattern(regexp = "en|az|ru|zh", message = "must be en, az, ru or zh") String language) {}
