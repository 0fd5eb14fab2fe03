package az.balans.advisor.service;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every sentence the advisor says exists in every language, with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest(name = "msg_{0}.properties")
    @ValueSource(strings = {"az", "ru", "zh"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws Exception {
        Map<String, String> english = new TreeMap<>();
        for (Method method : AdvisorMessages.class.getDeclaredMethods()) {
            english.put(method.getName(), method.getAnnotation(Message.class).value());
        }
        Properties translated = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(english.keySet(), new TreeSet<>(translated.stringPropertyNames()), "keys of msg_" + language);
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String translation = translated.getProperty(entry.getKey());
            assertFalse(translation.isBlank(), entry.getKey() + " is blank in " + language);
            assertEquals(placeholders(entry.getValue()), placeholders(translation), entry.getKey() + " in " + language);
        }
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
