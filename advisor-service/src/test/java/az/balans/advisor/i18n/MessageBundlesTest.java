package az.balans.advisor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import az.balans.advisor.page.PageMessages;
import io.quarkus.qute.i18n.Message;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sentence the advisor says, and every word of its page, exists in every language with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Stream<Arguments> bundles() {
        return Stream.of("az", "ru", "zh")
                .flatMap(
                        language ->
                                Stream.of(
                                        Arguments.of("msg", AdvisorMessages.class, language),
                                        Arguments.of("page", PageMessages.class, language)));
    }

    @ParameterizedTest(name = "{0}_{2}.properties")
    @MethodSource("bundles")
    void everyKeyIsTranslatedWithTheSamePlaceholders(
            String bundle, Class<?> englishBundle, String language) throws Exception {
        Map<String, String> english = new TreeMap<>();
        for (Method method : englishBundle.getDeclaredMethods()) {
            english.put(method.getName(), method.getAnnotation(Message.class).value());
        }
        Properties translated = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream(
                        "/messages/" + bundle + "_" + language + ".properties")) {
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(
                english.keySet(),
                new TreeSet<>(translated.stringPropertyNames()),
                "keys of " + bundle + "_" + language);
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String translation = translated.getProperty(entry.getKey());
            assertFalse(translation.isBlank(), entry.getKey() + " is blank in " + language);
            assertEquals(
                    placeholders(entry.getValue()),
                    placeholders(translation),
                    entry.getKey() + " in " + language);
        }
    }

    /** People are told what happened in their words, never the name of one of Balans's own services. */
    @ParameterizedTest(name = "{0}_{2}.properties")
    @MethodSource("bundles")
    void noSentenceNamesAnInternalService(String bundle, Class<?> englishBundle, String language)
            throws Exception {
        Properties translated = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream(
                        "/messages/" + bundle + "_" + language + ".properties")) {
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> sentences = new TreeMap<>();
        for (Method method : englishBundle.getDeclaredMethods()) {
            sentences.put(method.getName() + " (en)", method.getAnnotation(Message.class).value());
        }
        translated
                .stringPropertyNames()
                .forEach(
                        key ->
                                sentences.put(
                                        key + " (" + language + ")", translated.getProperty(key)));
        List<String> naming =
                sentences.entrySet().stream()
                        .filter(
                                sentence ->
                                        sentence.getValue()
                                                .matches(
                                                        "(?s).*\\b(history|catalog|advisor)-service\\b.*"))
                        .map(Map.Entry::getKey)
                        .toList();
        assertEquals(List.of(), naming);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
