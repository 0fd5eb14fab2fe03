package az.balans.history;

import java.util.List;
import java.util.regex.Pattern;

/** Lines of logs or responses that hold an Azerbaijani mobile number written whole. */
final class Leaks {

    /** With or without +994 or the trunk 0, spaced or not. */
    private static final Pattern FULL_NUMBER =
            Pattern.compile("(\\+?994|\\b0)\\s?\\d{2}\\s?\\d{3}\\s?\\d{2}\\s?\\d{2}\\b");

    private Leaks() {}

    static List<String> in(List<String> lines) {
        return lines.stream().filter(line -> FULL_NUMBER.matcher(line).find()).toList();
    }
}
