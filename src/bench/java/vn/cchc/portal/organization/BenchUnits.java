package vn.cchc.portal.organization;

/** For benchmarks that add units with plain SQL: the shared unit tree must be read again. */
public final class BenchUnits {

    private BenchUnits() {}

    /** Units were written behind JPA's back (bulk inserts): drop the cached unit tree. */
    public static void changedBehindJpa() {
        UnitTreeCache.unitsChanged();
    }
}
