package az.balans.catalog.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * A provider's failure code and what it means for the person. {@code outcome} is {@code final} (the
 * same top-up will fail again), {@code retryable} (it may work later) or {@code unknown} (the money
 * may still arrive: check before paying again); {@code waitSeconds} is how long to wait before
 * checking or retrying, null where the provider gives no figure. {@code id} is {@code provider:code}.
 * {@code verified} is false (the default) until someone has checked the code against the provider's
 * current documentation. {@code facts} says where its {@code meaning} (cause and outcome) and its
 * {@code wait} come from: a wait needs a confirmed or reported source, and none is ever guessed.
 */
public record FailureCodeDto(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String id,
        @NotNull
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,31}",
                        message = "must be lower-case letters, digits and dashes")
                String provider,
        @NotNull
                @Pattern(
                        regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}",
                        message = "must be letters, digits, '_', '.' and '-'")
                String code,
        @NotNull @Pattern(regexp = CAUSES, message = "must be one of " + CAUSES) String cause,
        @NotNull
                @Pattern(
                        regexp = "final|retryable|unknown",
                        message = "must be final, retryable or unknown")
                String outcome,
        @PositiveOrZero @Max(604800) Integer waitSeconds,
        @Size(max = 500) String meaning,
        Boolean verified,
        @Size(max = 2000) String notes,
        @Valid Map<String, @NotNull @Valid FactDto> facts,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent LocalDate verifiedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long version) {

    /** The causes of the failure table that a code can mean. */
    public static final String CAUSES =
            "MALFORMED_NUMBER|WRONG_CARRIER|CARRIER_NOT_DETECTABLE|AMOUNT_OUT_OF_RANGE|LINE_BARRED"
                    + "|TOO_FREQUENT|DUPLICATE|CHANNEL_DOWN|PAYMENT_REFUSED|PENDING|CREDITED_BUT_MISSING|BALANCE_EXPIRED|SCRATCH_CARD"
                    + "|REVERSED|NETWORK_INTERRUPTED";
}
