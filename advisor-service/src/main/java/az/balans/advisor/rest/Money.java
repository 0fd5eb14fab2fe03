package az.balans.advisor.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money at the edge: {@code {"value":"5.00","currency":"AZN"}}, an exact decimal string, never a float. */
public record Money(
        @NotNull @Pattern(regexp = "\\d{1,7}(\\.\\d{1,2})?", message = "must be a decimal such as 5 or 5.00") String value,
        @NotNull @Pattern(regexp = "AZN", message = "must be AZN: Azerbaijani top-ups are in manat") String currency) {

    public static Money azn(BigDecimal amount) {
        return amount == null ? null : new Money(amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), "AZN");
    }

    public BigDecimal amount() {
        return new BigDecimal(value).setScale(2, RoundingMode.UNNECESSARY);
    }
}
