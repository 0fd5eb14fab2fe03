package az.balans.history.rest;

import java.time.Instant;

/**
 * One entry of the audit trail: who (the token's name and role), when, what (read-records,
 * read-summary, read-attempt, resolve-attempt, erase), whose number (masked once erased), which
 * attempt, and the reason or ticket they gave.
 */
public record AuditEntryView(
        long id,
        Instant at,
        String actor,
        String role,
        String action,
        String msisdn,
        String attemptId,
        String reason) {}
