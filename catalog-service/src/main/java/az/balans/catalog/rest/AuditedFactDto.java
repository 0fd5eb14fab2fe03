package az.balans.catalog.rest;

import java.time.LocalDate;

/**
 * One line of the editors' worklist: a fact of a record ({@code entity} channel, carrier or
 * failure-code, and its {@code id}), its status and page, when that page was last read and how many
 * days ago, and whether that is longer ago than the catalog allows ({@code stale}: told to people as
 * "last checked on").
 */
public record AuditedFactDto(
        String entity,
        String id,
        String fact,
        String status,
        String url,
        String title,
        LocalDate checkedOn,
        Long ageDays,
        boolean stale) {}
