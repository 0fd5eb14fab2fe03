package az.balans.history.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money at the edge: {@code {"value":"5.00","currency":"AZN"}}, an exact decimal string, never a float. */
public record Money(String value, String currency) {

    static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
    }
}
