package az.balans.catalog.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** One page of the records a query found: {@code page} counts from 0; {@code total} is the number of matches. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    static <T> ResultPage<T> of(PanacheQuery<T> query, int page, int size) {
        query.page(page, size);
        return new ResultPage<>(query.list(), page, size, query.count());
    }
}
