package vn.cchc.portal.plan;

import java.util.List;

/** Result of importing a plan appendix: items saved, or every problem found (and nothing saved). */
public record ImportOutcome(int itemsImported, List<Problem> problems) {

    /** One problem of the file: Excel row number, column header, message in Vietnamese. */
    public record Problem(int row, String column, String message) {}

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
