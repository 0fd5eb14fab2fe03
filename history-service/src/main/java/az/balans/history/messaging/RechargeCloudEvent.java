package az.balans.history.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A recharge event in CloudEvents 1.0 structured JSON, as payment systems publish it on
 * {@code recharge-events} (the contract in shared/DESIGN.md).
 */
public record RechargeCloudEvent(
        @NotNull @Pattern(regexp = "1\\.0", message = "must be 1.0") String specversion,
        @NotBlank String id,
        @NotNull @Pattern(regexp = "az\\.balans\\.recharge\\.(requested|succeeded|failed|reversed)",
                message = "must be one of az.balans.recharge.requested, .succeeded, .failed, .reversed") String type,
        @NotBlank String source,
        @NotNull Instant time,
        @NotNull @Valid Data data) {

    public record Data(
            @NotBlank String attemptId,
            @NotBlank String msisdn,
            String carrier,
            String channelId,
            String paymentMethod,
            BigDecimal amount,
            String currency,
            String failureCode,
            String failureDetail,
            String providerReference) {
    }
}
