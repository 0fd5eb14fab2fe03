package az.balans.advisor.page;

import java.util.List;

/** What the page's templates show: plain values, already in the page's language. */
public final class PageViews {

    private PageViews() {}

    /** Every page: its language, which flow it shows, where its form posts, the language switch and the assets. */
    public record Frame(
            String language,
            String flow,
            String formAction,
            List<LanguageLink> languages,
            String stylesheet,
            String script) {}

    /** A switch to another language: a button that re-posts the form when there is one, else a link. */
    public record LanguageLink(String code, String name, String href, boolean current) {}

    /** A choice in a select. */
    public record Choice(String value, String label, boolean selected) {}

    /** What Balans knows of the number typed, or the precise problem with it. */
    public record NumberView(
            boolean valid,
            String problem,
            String e164,
            String national,
            List<String> corrections,
            String rangeHolder,
            String serving,
            String servingSource,
            String balanceCode,
            List<String> notes) {}

    public record Option(
            int rank,
            String name,
            Boolean openNow,
            String payAmount,
            String arrives,
            String fee,
            Status status,
            List<String> reasons,
            List<String> warnings,
            List<String> promotions,
            List<String> steps,
            List<Source> sources) {}

    /** A page an option's or a cause's facts rest on, and what it is: the carrier's or provider's own, or secondary, and when it was read. */
    public record Source(String title, String url, String said) {}

    public record Excluded(String name, String reason) {}

    /**
     * {@code someoneElse}: for a person with nothing at hand, the message to send someone elsewhere
     * (null otherwise); {@code nearby}, what someone near them can do on their own phone.
     */
    public record Recommendations(
            String forWhen,
            List<Option> options,
            List<Excluded> excluded,
            String someoneElse,
            List<Way> nearby) {}

    /** A way told by its name, why and its steps (kept for use without data too). */
    public record Way(String name, List<String> reasons, List<String> steps) {}

    /** A live status told in words, with a colour and a sign for those who see colour, never colour alone. */
    public record Status(String code, String word, String sign) {}

    /** A likely cause; {@code alternative} and its {@code steps} are the way out where the remedy points elsewhere. */
    public record Cause(
            String explanation,
            int percent,
            List<String> evidence,
            String remedy,
            String retry,
            String alternative,
            List<String> steps,
            List<Source> sources) {}

    public record ChannelRow(
            String name,
            String carriers,
            Status status,
            String lastHour,
            String medianCredit,
            Chart chart) {}

    /** A day's success rate as bars: one per hour, its height the rate, its colour the status of that hour. */
    public record Chart(String label, List<Bar> bars, int width, int height) {}

    public record Bar(int x, int y, int width, int height, String status) {}
}
