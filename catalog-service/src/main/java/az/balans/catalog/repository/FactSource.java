package az.balans.catalog.repository;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where one fact of a record comes from, kept with the record: {@code confirmed} (the page says
 * exactly this), {@code reported} (a secondary source says it) or {@code unknown} (no page says it,
 * so the record gives no value). {@code checkedOn} is an ISO date ({@code 2026-12-03}): when the
 * page was read, or when it was looked for and not found.
 */
public record FactSource(String status, String url, String title, String checkedOn) {

    public static final String CONFIRMED = "confirmed";
    public static final String REPORTED = "reported";
    public static final String UNKNOWN = "unknown";

    /** A fact no page is known to state. */
    public static final FactSource NONE = new FactSource(UNKNOWN, null, null, null);

    /** The source a record keeps for one of its facts, unknown where it keeps none. */
    public static FactSource of(Map<String, FactSource> kept, String fact) {
        return kept == null ? NONE : kept.getOrDefault(fact, NONE);
    }

    /** Whether a page stands behind the fact. */
    public boolean sourced() {
        return CONFIRMED.equals(status) || REPORTED.equals(status);
    }

    /** {@code checkedOn} as a date; null when nobody has looked for a page yet. */
    public LocalDate checkedOnDate() {
        return checkedOn == null ? null : LocalDate.parse(checkedOn);
    }
}
