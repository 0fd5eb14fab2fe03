package az.balans.catalog.rest;

import java.util.List;

/** One page of a list that can grow: {@code page} counts from 0; {@code total} is the number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * The highest page a request may ask for: page × size (at most 200) must stay an int offset, and
     * no catalog list comes near a million pages. Beyond it, a 400 names {@code page}, not a 500.
     */
    public static final int MAX_PAGE = 1_000_000;
}
