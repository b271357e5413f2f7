package vn.cchc.portal.report.periodic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tasks set, done on time, done late, in progress (not yet due) and overdue, as of a day. */
public record Counts(int total, int onTime, int late, int inProgress, int overdue) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    public int done() {
        return onTime + late;
    }

    /** Done over total in percent, cut (not rounded) to two decimals as reports print it: 11/38 → 28,94. */
    public BigDecimal percentDone() {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(done() * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
    }

    public Counts plus(Standing standing) {
        return switch (standing) {
            case DONE_ON_TIME -> new Counts(total + 1, onTime + 1, late, inProgress, overdue);
            case DONE_LATE -> new Counts(total + 1, onTime, late + 1, inProgress, overdue);
            case IN_PROGRESS -> new Counts(total + 1, onTime, late, inProgress + 1, overdue);
            case OVERDUE -> new Counts(total + 1, onTime, late, inProgress, overdue + 1);
        };
    }

    public Counts plus(Counts other) {
        return new Counts(
                total + other.total,
                onTime + other.onTime,
                late + other.late,
                inProgress + other.inProgress,
                overdue + other.overdue);
    }
}
