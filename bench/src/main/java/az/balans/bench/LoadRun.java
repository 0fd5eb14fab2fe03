package az.balans.bench;

import io.gatling.app.Gatling$;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one {@link LoadPlan} through Gatling, in this process, and reads the figures from the summary
 * Gatling prints at the end (its HTML report holds the same numbers, with charts).
 */
final class LoadRun {

    /** Figures of the successful requests; {@code failed} counts the others (any status but 200, timeouts). */
    record Result(
            long ok,
            long failed,
            double okPerSecond,
            double p50Millis,
            double p99Millis,
            double maxMillis) {}

    private static final Pattern ROW =
            Pattern.compile("^> (.+?)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(\\S+)\\s*$");
    private static final Capture CAPTURE = Capture.install();

    private LoadRun() {}

    static synchronized Result run(LoadPlan plan, Path reports, String description) {
        LoadPlan.handOver(plan);
        CAPTURE.start();
        int status;
        try {
            status =
                    Gatling$.MODULE$.fromArgs(
                            new String[] {
                                "--simulation",
                                EndpointLoad.class.getName(),
                                "--results-folder",
                                reports.toString(),
                                "--run-description",
                                description
                            });
        } finally {
            CAPTURE.stop();
        }
        if (status != 0) {
            throw new IllegalStateException(
                    "Gatling ended with status " + status + " on " + description);
        }
        return parse(CAPTURE.text(), description);
    }

    static Result parse(String console, String description) {
        int summary = console.lastIndexOf("---- Global Information");
        if (summary < 0) {
            throw new IllegalStateException("Gatling printed no summary for " + description);
        }
        long ok = 0;
        long failed = 0;
        double okPerSecond = 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        double max = Double.NaN;
        for (String line : console.substring(summary).lines().toList()) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            String ofOk = row.group(3);
            switch (row.group(1)) {
                case "request count" -> {
                    ok = (long) number(ofOk, 0);
                    failed = (long) number(row.group(4), 0);
                }
                case "mean throughput (rps)" -> okPerSecond = number(ofOk, 0);
                case "response time 50th percentile (ms)" -> p50 = number(ofOk, Double.NaN);
                case "response time 99th percentile (ms)" -> p99 = number(ofOk, Double.NaN);
                case "max response time (ms)" -> max = number(ofOk, Double.NaN);
                default -> {}
            }
        }
        return new Result(ok, failed, okPerSecond, p50, p99, max);
    }

    private static double number(String cell, double none) {
        return cell.equals("-") ? none : Double.parseDouble(cell.replace(",", ""));
    }

    /**
     * Standard output, copied while Gatling runs. Installed once: Scala's Console keeps the stream it
     * first saw, so swapping System.out per run would miss later runs.
     */
    private static final class Capture extends OutputStream {
        private final PrintStream original;
        private final StringBuilder text = new StringBuilder();
        private boolean capturing;

        private Capture(PrintStream original) {
            this.original = original;
        }

        static Capture install() {
            Capture capture = new Capture(System.out);
            System.setOut(new PrintStream(capture, true, StandardCharsets.UTF_8));
            return capture;
        }

        synchronized void start() {
            text.setLength(0);
            capturing = true;
        }

        synchronized void stop() {
            capturing = false;
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public synchronized void write(int b) {
            original.write(b);
            if (capturing) {
                text.append((char) b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            if (capturing) {
                text.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
