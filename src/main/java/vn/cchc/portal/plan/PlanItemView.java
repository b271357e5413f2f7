package vn.cchc.portal.plan;

import java.time.LocalDate;
import java.util.List;

/** An item of a plan, with resolved names, in document order (depth-first). */
public record PlanItemView(long id, Long parentId, int depth, int sortOrder, String number, PlanItemKind kind,
                           String title, Long criterionId, String criterionCode, String criterionTitle, String goal, String tasks,
                           Long leadUnitId, String leadUnitName, List<ItemAssignee> assignees,
                           String assigneeNames, String coordinatingNote, String timeframe, LocalDate deadline,
                           Long sourceItemId, long version) {

    /** What the content column shows: the item's own title, or the title of its criterion. */
    public String displayTitle() {
        return title != null ? title : (criterionTitle == null ? "" : criterionTitle);
    }

    /** "Thường xuyên" or "31/01/2024" — what the document prints in the timeframe column. */
    public String timeframeText() {
        if (deadline != null) {
            String date = vn.cchc.portal.shared.Formats.date(deadline);
            return timeframe == null ? date : timeframe + " (" + date + ")";
        }
        return timeframe == null ? "" : timeframe;
    }
}
