package az.balans.local.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The examples the README and {@code docs/} print, run as printed: every {@code bash} block that
 * calls the local stack ({@code localhost:}) is run by bash, in the order of its file, and the
 * {@code json} or {@code text} block right after it, when there is one, is the answer it must give.
 *
 * <p>Answers are shown in part, so they are matched as a reader reads them: a JSON object's fields
 * must be in the answer with those values (other fields may be there too), a list's items must be
 * in the answer in that order (others may stand between), a text answer's lines likewise, and
 * {@code …} stands for any text (a time, an id, a count). The stack's ports replace the documented
 * ones, and {@code ~} is a home whose {@code .balans} is the stack's data directory.
 */
final class DocumentedExamples {

    /** A block of commands, where it is printed, and the answer printed after it (null: none). */
    record Example(Path file, int line, String commands, String answerKind, String answer) {
        String where() {
            return file.getFileName() + ":" + line;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANY = "…";

    private DocumentedExamples() {}

    /**
     * The examples of one Markdown file, in order. A call of the local stack printed anywhere else
     * (in prose, or in a block of another kind) fails here: it would go unchecked.
     */
    static List<Example> in(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```bash")) {
                assertTrue(
                        !(lines.get(i).contains("curl ") && lines.get(i).contains("localhost:")),
                        markdown.getFileName()
                                + ":"
                                + (i + 1)
                                + ": not in a bash block run as an example: "
                                + lines.get(i));
                continue;
            }
            int start = i;
            StringBuilder commands = new StringBuilder();
            for (i++; !lines.get(i).strip().startsWith("```"); i++) {
                commands.append(lines.get(i)).append('\n');
            }
            if (!commands.toString().contains("localhost:")) {
                continue;
            }
            String kind = null;
            StringBuilder answer = new StringBuilder();
            int next = i + 1;
            if (next < lines.size()
                    && (lines.get(next).strip().equals("```json")
                            || lines.get(next).strip().equals("```text"))) {
                kind = lines.get(next).strip().substring(3);
                for (i = next + 1; !lines.get(i).strip().startsWith("```"); i++) {
                    answer.append(lines.get(i)).append('\n');
                }
            }
            examples.add(
                    new Example(
                            markdown,
                            start + 1,
                            commands.toString(),
                            kind,
                            kind == null ? null : answer.toString()));
        }
        return examples;
    }

    /**
     * Runs one example with the documented ports replaced ({@code ports}: documented to actual) and
     * {@code home} as its home, and checks its answer.
     */
    static void run(Example example, Map<Integer, Integer> ports, Path home)
            throws IOException, InterruptedException {
        String commands = withPorts(example.commands(), ports);
        Path output = Files.createTempFile(home, "example", ".out");
        Path errors = Files.createTempFile(home, "example", ".err");
        ProcessBuilder bash =
                new ProcessBuilder("bash", "-euo", "pipefail", "-c", commands)
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile());
        bash.environment().put("HOME", home.toString());
        Process process = bash.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(example.where() + ": the example did not finish in 60 s");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(
                0,
                process.exitValue(),
                example.where()
                        + ": the example failed: "
                        + Files.readString(errors, StandardCharsets.UTF_8)
                        + out);
        if ("json".equals(example.answerKind())) {
            List<JsonNode> expected = values(withPorts(example.answer(), ports), example, "answer");
            List<JsonNode> actual = values(out, example, "output");
            assertEquals(
                    expected.size(),
                    actual.size(),
                    example.where() + ": JSON values printed: " + out);
            for (int i = 0; i < expected.size(); i++) {
                String mismatch = mismatch(expected.get(i), actual.get(i), "$");
                assertTrue(
                        mismatch == null,
                        example.where() + ": " + mismatch + "\nthe whole answer: " + out);
            }
        } else if ("text".equals(example.answerKind())) {
            Iterator<String> actual = out.lines().iterator();
            for (String wanted : withPorts(example.answer(), ports).lines().toList()) {
                boolean found = false;
                while (!found && actual.hasNext()) {
                    found = matches(wanted, actual.next());
                }
                assertTrue(found, example.where() + ": no line like '" + wanted + "' in:\n" + out);
            }
        }
    }

    private static String withPorts(String text, Map<Integer, Integer> ports) {
        String result = text;
        for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
            result =
                    result.replace(
                            "localhost:" + port.getKey(),
                            "localhost:" + port.getValue() + "\u0000");
        }
        return result.replace("\u0000", "");
    }

    private static List<JsonNode> values(String text, Example example, String what) {
        List<JsonNode> values = new ArrayList<>();
        try (var parser = JSON.createParser(text)) {
            Iterator<JsonNode> each = JSON.readValues(parser, JsonNode.class);
            each.forEachRemaining(values::add);
        } catch (IOException e) {
            fail(
                    example.where()
                            + ": the "
                            + what
                            + " is not JSON: "
                            + e.getMessage()
                            + "\n"
                            + text);
        }
        return values;
    }

    /** Where {@code actual} differs from what the example shows, or null where it does not. */
    static String mismatch(JsonNode expected, JsonNode actual, String path) {
        if (actual == null || actual.isMissingNode()) {
            return path + " is missing";
        }
        if (expected.isTextual() && expected.textValue().contains(ANY)) {
            return expected.textValue().equals(ANY) || matches(expected.textValue(), text(actual))
                    ? null
                    : path + ": expected " + expected + ", got " + actual;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return path + ": expected an object, got " + actual;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String inner =
                        mismatch(
                                field.getValue(),
                                actual.path(field.getKey()),
                                path + "." + field.getKey());
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                return path + ": expected a list, got " + actual;
            }
            int from = 0;
            for (int i = 0; i < expected.size(); i++) {
                String first = null;
                boolean found = false;
                while (!found && from < actual.size()) {
                    String inner =
                            mismatch(expected.get(i), actual.get(from), path + "[" + from + "]");
                    first = first == null ? inner : first;
                    found = inner == null;
                    from++;
                }
                if (!found) {
                    return path
                            + ": no item like "
                            + expected.get(i)
                            + " (after the ones matched before it)"
                            + (first == null ? "" : "; the nearest differs at " + first);
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null
                    : path + ": expected " + expected + ", got " + actual;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", got " + actual;
    }

    private static String text(JsonNode node) {
        try {
            return node.isTextual() ? node.textValue() : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    /** A line or value as printed, where {@code …} stands for any text. */
    private static boolean matches(String printed, String actual) {
        List<String> literals =
                java.util.Arrays.stream(printed.split(ANY, -1)).map(Pattern::quote).toList();
        return Pattern.compile(String.join(".*", literals), Pattern.DOTALL)
                .matcher(actual)
                .matches();
    }
}
