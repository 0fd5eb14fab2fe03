package az.balans.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/** Where a service spent its CPU, from its Java Flight Recorder execution samples. */
final class Profiles {

    /**
     * Shares of all samples: which library the CPU was in (top frame, by package), which method, and
     * which Balans methods were on the stack (generated proxies and invokers left out).
     */
    record Summary(
            long samples,
            List<Map.Entry<String, Double>> byLibrary,
            List<Map.Entry<String, Double>> selfTime,
            List<Map.Entry<String, Double>> balansInclusive) {}

    private static final Pattern GENERATED =
            Pattern.compile(
                    "_Subclass|_ClientProxy|\\$quarkusrestinvoker\\$|\\$\\$Lambda|_ScheduledInvoker|\\$\\$superforward");

    private Profiles() {}

    static Summary summarise(Path folder, long processId) throws IOException {
        Path recording;
        try (Stream<Path> files = Files.list(folder)) {
            recording =
                    files.filter(
                                    file ->
                                            file.getFileName()
                                                    .toString()
                                                    .contains("-pid-" + processId + "-"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "no recording of process "
                                                            + processId
                                                            + " in "
                                                            + folder));
        }
        Map<String, Long> library = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String top = name(frames.get(0).getMethod());
            self.merge(top, 1L, Long::sum);
            library.merge(library(top), 1L, Long::sum);
            Set<String> balans = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame.getMethod());
                if (method.startsWith("az.balans.") && !GENERATED.matcher(method).find()) {
                    balans.add(method);
                }
            }
            balans.forEach(method -> inclusive.merge(method, 1L, Long::sum));
        }
        return new Summary(
                samples, top(library, samples), top(self, samples), top(inclusive, samples));
    }

    private static List<Map.Entry<String, Double>> top(Map<String, Long> counts, long samples) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .map(entry -> Map.entry(entry.getKey(), 100.0 * entry.getValue() / samples))
                .toList();
    }

    /** The package, cut to three parts: org.postgresql.core, com.networknt.schema, az.balans.history, ... */
    private static String library(String method) {
        String[] parts = method.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 2)));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
