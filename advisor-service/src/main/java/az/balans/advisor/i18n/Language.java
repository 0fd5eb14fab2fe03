package az.balans.advisor.i18n;

import java.util.List;
import java.util.Locale;

/** The four languages Balans answers in; English when the person's is none of them. */
public final class Language {

    public static final List<String> SUPPORTED = List.of("en", "az", "ru", "zh");
    public static final String FALLBACK = "en";

    private Language() {}

    /** The first of an explicit choice, then the Accept-Language preferences, that Balans speaks. */
    public static String choose(String explicit, List<Locale> acceptable) {
        if (explicit != null && SUPPORTED.contains(explicit.toLowerCase(Locale.ROOT))) {
            return explicit.toLowerCase(Locale.ROOT);
        }
        for (Locale locale : acceptable) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return FALLBACK;
    }

    /** A catalog text in the language, else in English. */
    public static <T> T pick(java.util.Map<String, T> texts, String language) {
        if (texts == null) {
            return null;
        }
        T text = texts.get(language);
        return text != null ? text : texts.get(FALLBACK);
    }
}
