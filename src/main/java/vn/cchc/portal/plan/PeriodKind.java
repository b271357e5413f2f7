package vn.cchc.portal.plan;

/** A reporting period: a quarter, a regular 10-day report, the day-50 interim or the day-100 final report. */
public enum PeriodKind {
    QUARTER,
    REGULAR,
    INTERIM,
    FINAL
}
