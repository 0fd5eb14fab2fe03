package az.balans.advisor.diagnosis;

import az.balans.platform.money.Money;
import java.util.List;

/**
 * Why did a top-up of {@code number} fail? Any of the rest helps. {@code paymentMethods} is what the
 * person has at hand, for the alternative a remedy names.
 */
public record DiagnosisQuery(
        String number,
        String attemptId,
        String channelId,
        Money amount,
        String failureCode,
        String description,
        List<String> paymentMethods) {}
