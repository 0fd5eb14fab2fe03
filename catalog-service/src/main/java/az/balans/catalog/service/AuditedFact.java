package az.balans.catalog.service;

import java.time.LocalDate;

/**
 * One fact of the catalog as the editors' worklist shows it: which record and fact, its status and
 * page, when that page was last read, how many days ago, and whether that is too long ago.
 *
 * @param checkedOn null when nobody has looked for a page yet
 * @param ageDays   days since {@code checkedOn}; null with it
 */
public record AuditedFact(
        String entity,
        String id,
        String fact,
        String status,
        String url,
        String title,
        LocalDate checkedOn,
        Long ageDays,
        boolean stale) {}
