package vn.cchc.portal.plan.importer;

import vn.cchc.portal.plan.PlanItemDraft;

import java.util.List;

/**
 * What an appendix import read.
 *
 * @param items    one GROUP draft per area row (number and criterion code = the Roman numeral), in sheet order,
 *                 each holding the ITEM drafts of its rows that have no problem
 * @param problems every problem found, by row and column; the import should be refused unless this is empty
 */
public record ImportResult(List<PlanItemDraft> items, List<ImportProblem> problems) {

    public ImportResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The ITEM drafts of all areas, in sheet order. */
    public List<PlanItemDraft> rows() {
        return items.stream().flatMap(group -> group.children().stream()).toList();
    }
}
