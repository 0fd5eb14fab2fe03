package az.balans.catalog.service;

import az.balans.catalog.repository.FactSource;
import az.balans.problem.InvalidFieldException;
import java.util.List;
import java.util.Map;

/**
 * The catalog's rule for facts, the same for every record that states any: only facts the record
 * has, a page (address, title, date) behind every confirmed or reported one, and a confirmed or
 * reported source behind every value given. A fact left out is unknown, and then it has no value.
 */
final class SourcedFacts {

    private SourcedFacts() {}

    /**
     * @param names the facts a record of this kind states
     * @param given for each fact, whether the record gives a value for it
     */
    static void require(
            Map<String, FactSource> facts, List<String> names, Map<String, Boolean> given) {
        Map<String, FactSource> written = facts == null ? Map.of() : facts;
        written.forEach(
                (name, source) -> {
                    String field = "facts." + name;
                    if (!names.contains(name)) {
                        throw new InvalidFieldException(
                                field,
                                "is not a fact of this record; its facts are "
                                        + String.join(", ", names));
                    }
                    boolean sourced = !FactSource.UNKNOWN.equals(source.status());
                    if (sourced
                            && (source.url() == null
                                    || source.title() == null
                                    || source.title().isBlank()
                                    || source.checkedOn() == null)) {
                        throw new InvalidFieldException(
                                field,
                                "a "
                                        + source.status()
                                        + " fact needs the url and title of the page that says it, "
                                        + "and the date it was checked");
                    }
                });
        given.forEach(
                (name, hasValue) -> {
                    if (hasValue && !FactSource.of(written, name).sourced()) {
                        throw new InvalidFieldException(
                                "facts." + name,
                                "a value needs the page that says it (status confirmed or "
                                        + "reported); without one the fact is unknown: leave the value out");
                    }
                });
    }
}
