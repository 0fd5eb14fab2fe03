package az.balans.history.rest;

import java.util.List;

/** A page of records, newest first; {@code nextCursor} fetches the next one, and is null on the last. */
public record RecordsPage(List<AttemptView> items, String nextCursor) {}
