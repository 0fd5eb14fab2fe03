package az.balans.advisor.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cities the catalog names, as people write them ({@code cities.txt}): in four languages and
 * in ASCII, with case, accents and Azerbaijani letters folded, so "Bakı", "baki", "Баку" and "巴库"
 * are all the catalog's "Baku". A city the catalog names but this list does not is matched by its
 * own name, folded the same way.
 */
public final class Cities {

    private static final List<String> LANGUAGES = List.of("en", "az", "ru", "zh");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Cities STANDARD = load("/cities.txt");

    private record City(Map<String, String> names, Set<String> spellings) {}

    private final Map<String, City> byCatalogName;

    private Cities(Map<String, City> byCatalogName) {
        this.byCatalogName = byCatalogName;
    }

    public static Cities standard() {
        return STANDARD;
    }

    /** Whether the person's {@code typed} city is the catalog's {@code catalogCity}. */
    public boolean matches(String catalogCity, String typed) {
        String folded = fold(typed);
        return Optional.ofNullable(byCatalogName.get(catalogCity))
                .map(city -> city.spellings().contains(folded))
                .orElse(fold(catalogCity).equals(folded));
    }

    /** The catalog's city as it is written in {@code language}; the catalog's name when the list has none. */
    public String name(String catalogCity, String language) {
        return Optional.ofNullable(byCatalogName.get(catalogCity))
                .map(city -> city.names().getOrDefault(language, catalogCity))
                .orElse(catalogCity);
    }

    /** Whether the list knows the catalog's city. */
    public boolean knows(String catalogCity) {
        return byCatalogName.containsKey(catalogCity);
    }

    /** Case, accents, Azerbaijani ı and ə, spaces and punctuation do not tell two spellings apart. */
    static String fold(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ə', 'e');
        return NOT_LETTERS
                .matcher(
                        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                                .replaceAll(""))
                .replaceAll("");
    }

    private static Cities load(String resource) {
        Map<String, City> cities = new LinkedHashMap<>();
        try (InputStream in = Cities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(line.split("\\|")).map(String::strip).toList();
                if (fields.size() != 2 + LANGUAGES.size()) {
                    throw new IllegalStateException(
                            resource
                                    + ": a catalog name, "
                                    + LANGUAGES
                                    + " and other spellings in '"
                                    + line
                                    + "'");
                }
                Map<String, String> names = new LinkedHashMap<>();
                for (int i = 0; i < LANGUAGES.size(); i++) {
                    names.put(LANGUAGES.get(i), fields.get(1 + i));
                }
                Set<String> spellings =
                        Stream.concat(
                                        Stream.concat(
                                                Stream.of(fields.get(0)), names.values().stream()),
                                        Arrays.stream(fields.get(fields.size() - 1).split(",")))
                                .filter(spelling -> !spelling.isBlank())
                                .map(Cities::fold)
                                .collect(Collectors.toUnmodifiableSet());
                cities.put(fields.get(0), new City(Map.copyOf(names), spellings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new Cities(Map.copyOf(cities));
    }
}
