package az.balans.advisor.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.regex.Pattern;

/** What a person entered in the page's forms, echoed back as typed. */
final class PageForms {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");

    private PageForms() {}

    /** What the top-up form's submit asked for: the options, only the number's check, or the same page in another language. */
    enum Action {
        SHOW,
        CHECK,
        SWITCH;

        static Action of(String value) {
            return switch (value == null ? "" : value) {
                case "check" -> CHECK;
                case "switch" -> SWITCH;
                default -> SHOW;
            };
        }
    }

    record TopUp(
            String number,
            List<String> methods,
            String amount,
            String city,
            String day,
            String time,
            Action action) {

        static final TopUp EMPTY = new TopUp("", List.of(), "", "", "", "", Action.SHOW);

        static TopUp of(MultivaluedMap<String, String> form) {
            return new TopUp(
                    text(form, "number"),
                    form.getOrDefault("method", List.of()),
                    text(form, "amount"),
                    text(form, "city"),
                    text(form, "day"),
                    text(form, "time"),
                    Action.of(form.getFirst("action")));
        }
    }

    record Failed(
            String number,
            String channelId,
            String amount,
            String description,
            String failureCode,
            String attemptId,
            Action action) {

        static final Failed EMPTY = new Failed("", "", "", "", "", "", Action.SHOW);

        static Failed of(MultivaluedMap<String, String> form) {
            return new Failed(
                    text(form, "number"),
                    text(form, "channel"),
                    text(form, "amount"),
                    text(form, "description"),
                    text(form, "failureCode"),
                    text(form, "attemptId"),
                    Action.of(form.getFirst("action")));
        }
    }

    /** An amount as people write it in az and ru, with a decimal comma ("5,50"), read as "5.50"; anything else as typed. */
    static String withDecimalPoint(String amount) {
        return DECIMAL_COMMA.matcher(amount).matches() ? amount.replace(',', '.') : amount;
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
