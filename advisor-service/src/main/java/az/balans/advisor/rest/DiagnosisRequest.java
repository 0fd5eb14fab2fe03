package az.balans.advisor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why did a top-up of {@code number} fail? Any of the rest helps: the more given, the surer the answer. */
public record DiagnosisRequest(
        @NotBlank @Size(max = 40) String number,
        @Size(max = 200) String attemptId,
        @Size(max = 64) String channelId,
        @Valid Money amount,
        @Size(max = 64) String failureCode,
        @Size(max = 2000) String description,
        @Pattern(regexp = "en|az|ru|zh", message = "must be en, az, ru or zh") String language) {
}
