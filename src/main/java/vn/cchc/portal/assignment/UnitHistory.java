package vn.cchc.portal.assignment;

import vn.cchc.portal.organization.UnitWorkload;

import java.util.List;

/**
 * A unit's work year by year together with the work of the units it took over (merged or split into it), so that a
 * ward formed on 01/7/2025 shows its communes' history: task counts summed, percent complete weighted by tasks.
 *
 * @param predecessors the names of the units taken over, as they were called; empty when there are none
 */
public record UnitHistory(long unitId, String unitName, List<String> predecessors, List<Year> years) {

    /**
     * One year of plans.
     *
     * @param own          the unit's own tasks
     * @param predecessors the tasks the units taken over held (and kept) that year
     * @param combined     both together: counts summed, percent weighted by the number of tasks
     */
    public record Year(
            int year, UnitWorkload.Figures own, UnitWorkload.Figures predecessors, UnitWorkload.Figures combined) {

        /** Marks a year whose figures include the predecessors' work. */
        public boolean includesPredecessors() {
            return predecessors.tasks() > 0;
        }
    }
}
