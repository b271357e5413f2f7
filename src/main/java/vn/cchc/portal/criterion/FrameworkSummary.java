package vn.cchc.portal.criterion;

/**
 * A read-only view of an index framework.
 *
 * @param code         unique code, e.g. "PAR2023", "SIPAS2023", "SVC766"
 * @param year         the year the framework applies to
 * @param copiedFromId the framework this one was copied from, or null
 */
public record FrameworkSummary(
        long id, String code, String name, FrameworkKind kind, int year, boolean retired, Long copiedFromId) {}
