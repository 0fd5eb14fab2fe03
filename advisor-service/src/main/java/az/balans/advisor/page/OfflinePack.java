package az.balans.advisor.page;

import java.util.List;

/**
 * What the page keeps on the phone for use without data, in one language: for every carrier Balans
 * tops up, its balance code, its ways out with nothing at hand, the scratch card's and the kiosks'
 * steps, and the message for someone elsewhere ({@code {number}} standing for the number typed);
 * the number ranges to find a number's carrier; the words to say it; when it was kept.
 */
public record OfflinePack(
        String language, String savedAt, Words words, List<Range> ranges, List<Carrier> carriers) {

    /** The sentences of the offline answer; {@code notice} already says when the copy was kept. */
    public record Words(
            String heading,
            String notice,
            String waysOut,
            String withCash,
            String someoneElse,
            String someoneElseHint,
            String nearby,
            String copyMessage,
            String messageCopied,
            String reasons,
            String steps,
            String unknownNumber) {}

    /** A national prefix (such as 050) and the carrier holding it. */
    public record Range(String prefix, String carrier) {}

    /** {@code holder}: "Range holder: Azercell. Balance: 2112." */
    public record Carrier(
            String id,
            String name,
            String holder,
            List<PageViews.Way> waysOut,
            List<PageViews.Way> withCash,
            String messageForSomeoneElse,
            List<PageViews.Way> nearby) {}

    /** Where the message for someone else puts the number the person typed. */
    public static final String NUMBER = "{number}";
}
