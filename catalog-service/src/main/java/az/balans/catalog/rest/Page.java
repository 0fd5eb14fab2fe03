package az.balans.catalog.rest;

import java.util.List;

/** One page of a list that can grow: {@code page} counts from 0; {@code total} is the number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
