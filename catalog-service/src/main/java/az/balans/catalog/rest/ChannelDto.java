package az.balans.catalog.rest;

import az.balans.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A way to top up. Amounts are in the channel's currency (AZN); {@code denominations} lists the
 * fixed values it sells (scratch cards), empty when any amount between min and max goes.
 * {@code openingHours} null means always open; times are Asia/Baku. {@code cities} empty means not
 * tied to a place. {@code verified} false says the facts rest on a source not checked.
 * {@code feePercent} and {@code feeFixed} null (or left out) mean the fee is not known, which is
 * not the same as no fee: a known zero is {@code 0}.
 * {@code facts} says where each fact comes from ({@code fee}, {@code minAmount}, {@code maxAmount},
 * {@code denominations}, {@code openingHours} of a shop or kiosk, {@code minutesToCredit},
 * {@code givesChange}): a value needs a confirmed or reported source, and a fact without one is
 * unknown and has no value. A shop or kiosk whose hours are unknown has {@code openingHours} null
 * with the status unknown, which is not the same as always open.
 * A {@code credit-advance} (the carrier lends money onto a balance at zero) and a
 * {@code by-someone-else} (another person loads a scratch card onto the number, or sends part of
 * their balance, from their phone) need nothing at hand: their {@code paymentMethods} is empty, and
 * they state their {@code dialCode} and their {@code terms} (who may use it, what it costs, how it
 * is paid back) with a source each; a credit advance's {@code feePercent} and {@code feeFixed} are
 * what the next top-up pays back on top of the advance.
 */
public record ChannelDto(
        @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{1,62}",
                        message = "must be lower-case letters, digits and dashes")
                String id,
        @NotNull
                @Pattern(
                        regexp =
                                "store|carrier-online|kiosk|bank-app|scratch-card|credit-advance|by-someone-else",
                        message =
                                "must be store, carrier-online, kiosk, bank-app, scratch-card, credit-advance or by-someone-else")
                String kind,
        @NotNull @Localized Map<String, @NotBlank @Size(max = 120) String> names,
        @NotBlank @Size(max = 100) String operator,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 32) String> carriers,
        @NotNull @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "cash|local-card|international-card|wallet",
                                        message =
                                                "must be cash, local-card, international-card or wallet")
                                String>
                        paymentMethods,
        Boolean givesChange,
        @Valid Money minAmount,
        @Valid Money maxAmount,
        @Size(max = 20) List<@NotNull @Valid Money> denominations,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal feePercent,
        @Valid Money feeFixed,
        @PositiveOrZero Integer minutesToCredit,
        @Size(max = 21) List<@NotNull @Valid OpeningPeriod> openingHours,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> cities,
        @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "en|az|ru|zh",
                                        message = "must be en, az, ru or zh")
                                String>
                        languages,
        @NotNull @Localized
                Map<String, @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 300) String>>
                        steps,
        Boolean verified,
        @Size(max = 2000) String notes,
        @Size(max = 200) String dialCode,
        @Localized Map<String, @NotBlank @Size(max = 600) String> terms,
        @Valid Map<String, @NotNull @Valid FactDto> facts,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent LocalDate verifiedOn,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long version) {

    /** Open on {@code day} from {@code opens} to {@code closes} (HH:mm, Asia/Baku); closing before opening runs past midnight. */
    public record OpeningPeriod(
            @NotNull DayOfWeek day,
            @NotNull
                    @Pattern(
                            regexp = "([01]\\d|2[0-3]):[0-5]\\d",
                            message = "must be a time such as 09:00")
                    String opens,
            @NotNull
                    @Pattern(
                            regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00",
                            message = "must be a time such as 20:00")
                    String closes) {}
}
