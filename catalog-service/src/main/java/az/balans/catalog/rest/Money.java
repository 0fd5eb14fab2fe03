package az.balans.catalog.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money at the edge: {@code {"value":"5.00","currency":"AZN"}}, an exact decimal string, never a float. */
public record Money(
        @Schema(example = "5.00") @NotNull @Pattern(regexp = "\\d{1,10}(\\.\\d{1,2})?", message = "must be a decimal such as 5 or 5.00") String value,
        @Schema(example = "AZN") @NotNull @Pattern(regexp = "AZN", message = "must be AZN: Azerbaijani top-ups are in manat") String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
    }

    public BigDecimal amount() {
        return new BigDecimal(value).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }
}
