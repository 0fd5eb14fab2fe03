package az.balans.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Numbers are personal data, and they reach logs by paths nobody plans for: a driver's exception
 * quoting a statement's parameters, a client error echoing a path, a validation message. So every
 * record is masked on its way to the log, message and exception chain alike, to the form
 * {@code +99450***4567}: carrier prefix and last four digits, enough to follow a case, not to call.
 *
 * <p>Each service names it on its log handlers ({@code quarkus.log.console.filter=number-masking}).
 */
@LoggingFilter(name = "number-masking")
public final class NumberMaskingLogFilter implements Filter {

    /**
     * An Azerbaijani mobile number written whole: international (+994, 994, 00994) or national
     * (the trunk 0), with or without spaces or dashes between the groups, not inside a longer run of digits.
     */
    private static final Pattern WHOLE_NUMBER =
            Pattern.compile(
                    "(?<![\\d])((?:\\+|00)?994|0)[ -]?(\\d{2})[ -]?\\d{3}[ -]?(\\d{2})[ -]?(\\d{2})(?![\\d])");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message =
                record instanceof ExtLogRecord ext
                        ? ext.getFormattedMessage()
                        : record.getMessage();
        String maskedMessage = mask(message);
        if (record instanceof ExtLogRecord ext) {
            ext.setMessage(maskedMessage, ExtLogRecord.FormatStyle.NO_FORMAT);
        } else {
            record.setMessage(maskedMessage);
        }
        record.setParameters(null);
        if (record.getThrown() != null && !(record.getThrown() instanceof MaskedThrowable)) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }

    /** The text with every whole number in it masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = WHOLE_NUMBER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(
                    masked,
                    Matcher.quoteReplacement(
                            matcher.group(1)
                                    + matcher.group(2)
                                    + "***"
                                    + matcher.group(3)
                                    + matcher.group(4)));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }
}
