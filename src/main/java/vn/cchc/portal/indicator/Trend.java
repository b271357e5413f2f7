package vn.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's values of one indicator period by period, with the target in force in each period; for a unit formed
 * in a reorganisation also its predecessors' values in the periods it has none of its own, combined as the
 * indicator's measure says ({@link Measure#combine}: counts summed, rates averaged), marked as such.
 *
 * @param predecessors     the names of the units it took over, as they were called; empty when none
 * @param fromPredecessors per period: the predecessors' combined value where the unit itself has none, else null
 */
public record Trend(
        String unitName,
        IndicatorInfo indicator,
        List<String> periods,
        List<BigDecimal> actuals,
        List<BigDecimal> targets,
        List<String> predecessors,
        List<BigDecimal> fromPredecessors) {

    public Trend(
            String unitName,
            IndicatorInfo indicator,
            List<String> periods,
            List<BigDecimal> actuals,
            List<BigDecimal> targets) {
        this(
                unitName,
                indicator,
                periods,
                actuals,
                targets,
                List.of(),
                java.util.Collections.nCopies(periods.size(), null));
    }

    /** Whether some period shows the predecessors' values. */
    public boolean includesPredecessors() {
        return fromPredecessors.stream().anyMatch(java.util.Objects::nonNull);
    }

    /** The series with the predecessors' history: the unit's own value, else its predecessors' combined value. */
    public List<BigDecimal> combined() {
        List<BigDecimal> out = new java.util.ArrayList<>();
        for (int i = 0; i < actuals.size(); i++) {
            out.add(actuals.get(i) != null ? actuals.get(i) : fromPredecessors.get(i));
        }
        return out;
    }
}
