package az.balans.platform.money;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money as every Balans service writes and reads it: {@code {"value":"5.00","currency":"AZN"}}, an
 * exact decimal string with two places, never a float. The rules live here once: at most seven
 * digits of manat and two of qəpik when read, rounded half up to two places when written.
 */
public record Money(
        @Schema(example = "5.00")
                @NotNull
                @Pattern(
                        regexp = "\\d{1,7}(\\.\\d{1,2})?",
                        message = "must be a decimal such as 5 or 5.00")
                String value,
        @Schema(example = "AZN")
                @NotNull
                @Pattern(regexp = "AZN", message = "must be AZN: Azerbaijani top-ups are in manat")
                String currency) {

    public static final String AZN = "AZN";
    private static final int SCALE = 2;

    /** {@code amount} in {@code currency}, two places; {@code null} stays {@code null} (an amount nobody knows). */
    public static Money of(BigDecimal amount, String currency) {
        return amount == null
                ? null
                : new Money(amount.setScale(SCALE, RoundingMode.HALF_UP).toPlainString(), currency);
    }

    public static Money azn(BigDecimal amount) {
        return of(amount, AZN);
    }

    /** The amount, two places (the value was checked to have at most two). */
    public BigDecimal amount() {
        return new BigDecimal(value).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }
}
