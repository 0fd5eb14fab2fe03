package az.balans.catalog.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Where one fact comes from. {@code confirmed}: the page at {@code url} says exactly this;
 * {@code reported}: only a secondary source says it; {@code unknown}: no page is known to say it,
 * and the record gives no value for it. {@code checkedOn} is when the page was read (or looked for).
 */
public record FactDto(
        @NotNull
                @Pattern(
                        regexp = "confirmed|reported|unknown",
                        message = "must be confirmed, reported or unknown")
                String status,
        @Size(max = 500)
                @Pattern(
                        regexp = "https://\\S+",
                        message = "must be the https:// address of the page that says it")
                String url,
        @Size(max = 300) String title,
        @PastOrPresent LocalDate checkedOn) {}
