package az.balans.advisor.rest;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** What a person entered in the page's forms, echoed back as typed. */
final class PageForms {

    private PageForms() {
    }

    /** What the top-up form's submit asked for: the options, only the number's check, or the same page in another language. */
    enum Action {
        SHOW, CHECK, SWITCH;

        static Action of(String value) {
            return switch (value == null ? "" : value) {
                case "check" -> CHECK;
                case "switch" -> SWITCH;
                default -> SHOW;
            };
        }
    }

    record TopUp(String number, List<String> methods, String amount, String city, String day, String time, Action action) {

        static final TopUp EMPTY = new TopUp("", List.of(), "", "", "", "", Action.SHOW);

        static TopUp of(MultivaluedMap<String, String> form) {
            return new TopUp(text(form, "number"), form.getOrDefault("method", List.of()), text(form, "amount"), text(form, "city"),
                    text(form, "day"), text(form, "time"), Action.of(form.getFirst("action")));
        }
    }

    record Failed(String number, String channelId, String amount, String description, String failureCode, String attemptId,
                  Action action) {

        static final Failed EMPTY = new Failed("", "", "", "", "", "", Action.SHOW);

        static Failed of(MultivaluedMap<String, String> form) {
            return new Failed(text(form, "number"), text(form, "channel"), text(form, "amount"), text(form, "description"),
                    text(form, "failureCode"), text(form, "attemptId"), Action.of(form.getFirst("action")));
        }
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
