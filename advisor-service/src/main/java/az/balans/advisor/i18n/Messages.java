package az.balans.advisor.i18n;

import az.balans.advisor.catalog.OpeningHours;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The advisor's sentences in one of Balans's languages. */
public final class Messages {

    private Messages() {}

    public static AdvisorMessages in(String language) {
        return in(AdvisorMessages.class, language);
    }

    /** Any of the advisor's message bundles (the advice, the page) in one of Balans's languages. */
    public static <T> T in(Class<T> bundle, String language) {
        return Language.FALLBACK.equals(language)
                ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language));
    }

    /** An instant as people in Baku read it: Baku time, in the language's own date and time format. */
    public static String bakuTime(Instant at, String language) {
        return at.atZone(OpeningHours.BAKU)
                .format(
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(Locale.forLanguageTag(language)));
    }

    public static String paymentMethod(AdvisorMessages messages, String method) {
        return switch (method) {
            case "cash" -> messages.methodCash();
            case "local-card" -> messages.methodLocalCard();
            case "international-card" -> messages.methodInternationalCard();
            case "wallet" -> messages.methodWallet();
            default -> method;
        };
    }

    /** The methods as the language joins them with "or": "cash or a foreign card", 现金或外国银行卡. */
    public static String paymentMethods(
            AdvisorMessages messages, List<String> methods, String language) {
        String or = messages.or();
        return String.join(
                writesWithoutSpaces(language) ? or : " " + or + " ",
                methods.stream().map(method -> paymentMethod(messages, method)).toList());
    }

    /** Names listed as the language lists them: "Baku, Ganja" or 巴库、占贾. */
    public static String list(List<String> names, String language) {
        return String.join(writesWithoutSpaces(language) ? "、" : ", ", names);
    }

    /** Clauses that may hold commas themselves, one after another. */
    public static String clauses(List<String> clauses, String language) {
        return String.join(writesWithoutSpaces(language) ? "；" : "; ", clauses);
    }

    /** Chinese puts no spaces between words. */
    private static boolean writesWithoutSpaces(String language) {
        return "zh".equals(language);
    }
}
