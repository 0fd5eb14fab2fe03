package az.balans.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * What the application under test writes to its console while this is open, as the console has it:
 * each record passes the console handler's own filter first, so a test sees masked text exactly
 * when the console would, and is written with the console's own formatter (plain text or JSON).
 */
public final class ConsoleLog implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture;

    private ConsoleLog(Filter consoleFilter, Formatter consoleFormatter) {
        capture =
                new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        if (consoleFilter != null && !consoleFilter.isLoggable(record)) {
                            return;
                        }
                        if (consoleFormatter != null) {
                            // exactly what the console writes: its format (plain or JSON),
                            // exceptions included
                            lines.add(consoleFormatter.format(record).stripTrailing());
                            return;
                        }
                        lines.add(
                                record instanceof ExtLogRecord ext
                                        ? ext.getFormattedMessage()
                                        : record.getMessage());
                        if (record.getThrown() != null) {
                            StringWriter trace = new StringWriter();
                            record.getThrown().printStackTrace(new PrintWriter(trace));
                            lines.add(trace.toString());
                        }
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    /** Starts capturing; fails when the application logs to no console. */
    public static ConsoleLog capture() {
        ConsoleHandler console = findConsole(Logger.getLogger("").getHandlers());
        if (console == null) {
            throw new AssertionError("the application under test has no console log handler");
        }
        return new ConsoleLog(console.getFilter(), console.getFormatter());
    }

    /** The filter the console applies to every record, or {@code null}. */
    public static Filter consoleFilter() {
        ConsoleHandler console = findConsole(Logger.getLogger("").getHandlers());
        return console == null ? null : console.getFilter();
    }

    private static ConsoleHandler findConsole(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                return console;
            }
            if (handler instanceof ExtHandler nested) {
                ConsoleHandler found = findConsole(nested.getHandlers());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every line written so far, each record's exception with it. */
    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(capture);
    }
}
