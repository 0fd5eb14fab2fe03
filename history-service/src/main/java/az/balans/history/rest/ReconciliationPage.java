package az.balans.history.rest;

import java.time.Instant;
import java.util.List;

/**
 * A page of the support agents' reconciliation queue, oldest first; {@code nextCursor} fetches the
 * next one and is null on the last.
 */
public record ReconciliationPage(List<QueuedAttempt> items, String nextCursor) {

    /** An attempt to look into; {@code dueAt} is when an overdue one should have been credited (null for a contradictory one). */
    public record QueuedAttempt(AttemptView attempt, Instant dueAt) {}
}
