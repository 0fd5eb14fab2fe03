package az.balans.advisor.catalog;

import az.balans.advisor.client.CatalogSnapshot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Whether a channel is open at an instant, in Asia/Baku (UTC+4, no daylight saving), and when it next opens. */
public final class OpeningHours {

    public static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    public record NextOpening(DayOfWeek day, String opens) {}

    private OpeningHours() {}

    /** No hours means always open (online, or wherever the venue is). */
    public static boolean isOpen(List<CatalogSnapshot.OpeningPeriod> hours, Instant at) {
        if (hours == null || hours.isEmpty()) {
            return true;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, BAKU);
        LocalTime time = local.toLocalTime();
        DayOfWeek today = local.getDayOfWeek();
        for (CatalogSnapshot.OpeningPeriod period : hours) {
            LocalTime opens = LocalTime.parse(period.opens());
            boolean pastMidnight =
                    !"24:00".equals(period.closes())
                            && !LocalTime.parse(period.closes()).isAfter(opens);
            LocalTime closes =
                    "24:00".equals(period.closes())
                            ? LocalTime.MAX
                            : LocalTime.parse(period.closes());
            if (period.day() == today
                    && !time.isBefore(opens)
                    && (pastMidnight || time.isBefore(closes))) {
                return true;
            }
            // yesterday's period that runs past midnight
            if (pastMidnight && period.day() == today.minus(1) && time.isBefore(closes)) {
                return true;
            }
        }
        return false;
    }

    /** The next time it opens after {@code at}, within a week. */
    public static Optional<NextOpening> nextOpening(
            List<CatalogSnapshot.OpeningPeriod> hours, Instant at) {
        if (hours == null || hours.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, BAKU);
        for (int days = 0; days <= 7; days++) {
            DayOfWeek day = local.getDayOfWeek().plus(days);
            LocalTime after = days == 0 ? local.toLocalTime() : LocalTime.MIN;
            Optional<CatalogSnapshot.OpeningPeriod> first =
                    hours.stream()
                            .filter(
                                    period ->
                                            period.day() == day
                                                    && !LocalTime.parse(period.opens())
                                                            .isBefore(after))
                            .min(
                                    (a, b) ->
                                            LocalTime.parse(a.opens())
                                                    .compareTo(LocalTime.parse(b.opens())));
            if (first.isPresent()) {
                return Optional.of(new NextOpening(day, first.get().opens()));
            }
        }
        return Optional.empty();
    }
}
