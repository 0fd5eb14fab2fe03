package az.balans.advisor.diagnosis;

import az.balans.advisor.i18n.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * Reads what a person wrote about a failed top-up for the causes it points to, in en, az, ru and zh,
 * whatever language the answer is asked in. The words are data: {@code vocabulary/<language>.txt}
 * holds, per cause, the phrases that point to it. A phrase matches when each of its words, as the
 * language's Lucene analyzer reads it, is in the text:
 * <ul>
 *   <li>en: Porter stems, "n't" read as "not" ("didn't" is "did not");</li>
 *   <li>ru: Snowball stems;</li>
 *   <li>az: Turkish lower-casing (I/ı, İ/i), then the letters folded to ASCII (ə→e, ı→i, ş→s, ç→c,
 *       ö→o, ü→u, ğ→g), since many type without them; the vocabulary's roots match as prefixes, because
 *       Azerbaijani adds suffixes to a root and the Turkish stemmer cuts Azerbaijani words wrongly
 *       ("kartım" to "kar"). A root of two letters is a whole word ("az" is not read inside "Azercell");</li>
 *   <li>ru-latn: Russian typed in Latin letters ("karta ne prohodit"), lower-cased, its roots as
 *       prefixes like az's;</li>
 *   <li>zh: smartcn segments the text into words (Chinese has no spaces); the vocabulary writes a
 *       phrase's words apart, and each must be one or more whole words of the text, in the phrase's
 *       order (word order carries the meaning). Whole words: 没网 is not read inside 没网络.</li>
 * </ul>
 * A stem of five letters or more (en, ru) also matches a longer word that begins with it. Thread-safe.
 */
public final class DescriptionReader {

    /**
     * One cause the text points to, and the person's own words that point there; {@code alone} when
     * those words point to this cause only ("not arrived" points to pending and to credited-but-missing).
     */
    public record Reading(CauseCode cause, String words, boolean alone) {}

    private record Token(String term, int start, int end) {}

    private record Phrase(List<CauseCode> causes, List<String> terms) {}

    private enum Matching {
        STEMS,
        ROOTS,
        IN_ORDER
    }

    private record Language(
            String code, Analyzer analyzer, Matching matching, List<Phrase> phrases) {}

    private static final Pattern NOT = Pattern.compile("n['’]t\\b", Pattern.CASE_INSENSITIVE);

    /** People typing Azerbaijani without its letters write ə as e; Lucene's ASCII folding would make it a. */
    private static final NormalizeCharMap SCHWA_AS_E = schwaAsE();

    private static final int LONGEST_TEXT = 2000;

    /** How many other words may stand among a phrase's words (en, az, ru). */
    private static final int WORDS_BETWEEN = 4;

    /** Built after the constants it uses: the analyzers and vocabularies load once, for every request. */
    private static final DescriptionReader STANDARD = new DescriptionReader();

    private final List<Language> languages;

    private DescriptionReader() {
        this.languages =
                List.of(
                        language("en", english(), Matching.STEMS),
                        language("az", azerbaijani(), Matching.ROOTS),
                        language("ru", new RussianAnalyzer(CharArraySet.EMPTY_SET), Matching.STEMS),
                        language("ru-latn", latin(), Matching.ROOTS),
                        language("zh", new SmartChineseAnalyzer(false), Matching.IN_ORDER));
    }

    /** The reader over the vocabularies on the classpath. */
    public static DescriptionReader standard() {
        return STANDARD;
    }

    /**
     * Each cause the text points to, once, with the words of its first matching phrase (one that
     * points to it alone, where there is one); in the order the vocabularies first name them.
     */
    public List<Reading> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text;
        Map<CauseCode, Reading> readings = new LinkedHashMap<>();
        for (Language language : languages) {
            List<Token> tokens = tokens(language.analyzer(), bounded);
            for (Phrase phrase : language.phrases()) {
                List<Token> matched = match(phrase.terms(), tokens, language.matching());
                if (matched != null) {
                    String words = quote(bounded, matched, language.matching());
                    boolean alone = phrase.causes().size() == 1;
                    for (CauseCode cause : phrase.causes()) {
                        Reading held = readings.get(cause);
                        if (held == null || (alone && !held.alone())) {
                            readings.put(cause, new Reading(cause, words, alone));
                        }
                    }
                }
            }
        }
        return List.copyOf(readings.values());
    }

    /**
     * A token of its own for each term of the phrase, in any order but near each other (zh: its
     * words, in order); null when a term has none. Near: the phrase's words and at most
     * {@link #WORDS_BETWEEN} others, so words of two different sentences ("paid through internet
     * banking … the money vanished") do not make a phrase.
     */
    private static List<Token> match(List<String> terms, List<Token> tokens, Matching matching) {
        if (matching == Matching.IN_ORDER) {
            return matchWords(terms, tokens);
        }
        int window = terms.size() + WORDS_BETWEEN;
        for (int from = 0; from < tokens.size(); from++) {
            if (!matches(terms, tokens.get(from).term(), matching)) {
                continue; // a window starts at one of the phrase's words
            }
            List<Token> matched =
                    matchWithin(
                            terms,
                            tokens.subList(from, Math.min(tokens.size(), from + window)),
                            matching);
            if (matched != null) {
                return matched;
            }
        }
        return null;
    }

    private static boolean matches(List<String> terms, String token, Matching matching) {
        return terms.stream().anyMatch(term -> matches(term, token, matching));
    }

    private static List<Token> matchWithin(
            List<String> terms, List<Token> tokens, Matching matching) {
        List<Token> matched = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (String term : terms) {
            int found = -1;
            for (int i = 0; i < tokens.size() && found < 0; i++) {
                if (!used[i] && matches(term, tokens.get(i).term(), matching)) {
                    found = i;
                }
            }
            if (found < 0) {
                return null;
            }
            used[found] = true;
            matched.add(tokens.get(found));
        }
        matched.sort(Comparator.comparingInt(Token::start));
        return matched;
    }

    /**
     * The person's words as they typed them: matched words that stand next to each other keep the
     * spaces (or, in Chinese, none) between them; words apart are joined by an ellipsis.
     */
    private static String quote(String text, List<Token> matched, Matching matching) {
        StringBuilder quote = new StringBuilder();
        int end = -1;
        for (Token token : matched) {
            int[] word = wordAround(text, token, matching);
            if (end < 0) {
                quote.append(text, word[0], word[1]);
            } else if (word[0] >= end) {
                String between = text.substring(end, word[0]);
                quote.append(
                                between.isBlank()
                                        ? between
                                        : matching == Matching.IN_ORDER ? "…" : " … ")
                        .append(text, word[0], word[1]);
            } else if (word[1] > end) {
                quote.append(text, end, word[1]); // a word already quoted in part
            }
            end = Math.max(end, word[1]);
        }
        return quote.toString();
    }

    /** Where the person's word a token came from starts and ends: a stemmer's token may be part of one ("n't" of "didn't"). */
    private static int[] wordAround(String text, Token token, Matching matching) {
        int start = token.start();
        int end = token.end();
        while (matching != Matching.IN_ORDER && start > 0 && partOfWord(text.charAt(start - 1))) {
            start--;
        }
        while (matching != Matching.IN_ORDER
                && end < text.length()
                && partOfWord(text.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }

    /** Each word, in order, as a run of whole tokens that spells it; null when one is not there. */
    private static List<Token> matchWords(List<String> words, List<Token> tokens) {
        List<Token> matched = new ArrayList<>();
        int from = 0;
        for (String word : words) {
            Token found = null;
            for (int start = from; start < tokens.size() && found == null; start++) {
                StringBuilder spelled = new StringBuilder();
                for (int end = start;
                        end < tokens.size() && spelled.length() < word.length();
                        end++) {
                    spelled.append(tokens.get(end).term());
                    if (spelled.toString().equals(word)) {
                        found = new Token(word, tokens.get(start).start(), tokens.get(end).end());
                        from = end + 1;
                    }
                }
            }
            if (found == null) {
                return null;
            }
            matched.add(found);
        }
        return matched;
    }

    private static boolean matches(String term, String token, Matching matching) {
        return matching == Matching.ROOTS
                ? token.startsWith(term) && (term.length() > 2 || token.length() == term.length())
                : token.equals(term) || (term.length() >= 5 && token.startsWith(term));
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("description", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (Character.isLetterOrDigit(term.charAt(0))) {
                    tokens.add(
                            new Token(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return tokens;
    }

    /** {@code CAUSE[,CAUSE]: phrase} lines; blank lines and {@code #} comments are skipped. */
    private static Language language(String code, Analyzer analyzer, Matching matching) {
        String resource = "/vocabulary/" + code + ".txt";
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = DescriptionReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(resource + ": no cause in '" + trimmed + "'");
                }
                String phrase = trimmed.substring(colon + 1).strip();
                List<String> terms =
                        matching == Matching.IN_ORDER
                                ? List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"))
                                : tokens(analyzer, phrase).stream().map(Token::term).toList();
                if (terms.isEmpty()) {
                    throw new IllegalStateException(resource + ": no words in '" + trimmed + "'");
                }
                List<CauseCode> causes = new ArrayList<>();
                for (String cause : trimmed.substring(0, colon).strip().split("\\s*,\\s*")) {
                    causes.add(
                            CauseCode.of(cause)
                                    .orElseThrow(
                                            () ->
                                                    new IllegalStateException(
                                                            resource
                                                                    + ": no cause "
                                                                    + cause
                                                                    + " in '"
                                                                    + trimmed
                                                                    + "'")));
                }
                phrases.add(new Phrase(List.copyOf(causes), terms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new Language(code, analyzer, matching, List.copyOf(phrases));
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new PatternReplaceCharFilter(NOT, " not", reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    private static Analyzer azerbaijani() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(SCHWA_AS_E, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(
                        source, new ASCIIFoldingFilter(new TurkishLowerCaseFilter(source)));
            }
        };
    }

    private static NormalizeCharMap schwaAsE() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("ə", "e");
        map.add("Ə", "E");
        return map.build();
    }

    private static Analyzer latin() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }
}
