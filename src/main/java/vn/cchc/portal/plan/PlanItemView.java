package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An item of a plan, with resolved names, in document order (depth-first). The printed lead and coordinating texts
 * ({@code leadText}, {@code coordinatingText}) are what the plan prints; {@code leadNames} and {@code assigneeNames}
 * are the units and groups they were resolved to.
 *
 * @param leadUnitId      the first lead unit (further leads, units or groups, are the lead {@code assignees})
 * @param assignees       every unit or group the item names besides the lead unit, lead ones marked as such
 * @param assigneeNames   the coordinating units and groups (not the leads), then the note
 * @param narrativeItemId on an appendix row: the narrative item that spells out its tasks
 */
public record PlanItemView(
        long id,
        Long parentId,
        int depth,
        int sortOrder,
        String number,
        PlanItemKind kind,
        String title,
        Long criterionId,
        String criterionCode,
        String criterionTitle,
        String goal,
        String tasks,
        Long leadUnitId,
        String leadUnitName,
        List<ItemAssignee> assignees,
        String assigneeNames,
        String coordinatingNote,
        String timeframe,
        LocalDate deadline,
        Long sourceItemId,
        long version,
        String leadText,
        String coordinatingText,
        String leadNames,
        LocalTime deadlineTime,
        Long narrativeItemId,
        List<Exclusion> exclusions) {

    /** A unit the item leaves out, and why. */
    public record Exclusion(long unitId, String unitName, String reason) {}

    /**
     * The item as a list shows it: goal (or tasks) cut to {@code limit} characters, the tasks dropped. A plan editor
     * keeps this per session instead of every item's full texts; editing reads the item again.
     */
    public PlanItemView listed(int limit) {
        String text = goal != null ? goal : tasks;
        return new PlanItemView(
                id,
                parentId,
                depth,
                sortOrder,
                number,
                kind,
                title,
                criterionId,
                criterionCode,
                criterionTitle,
                text == null ? null : Texts.shorten(text, limit),
                null,
                leadUnitId,
                leadUnitName,
                assignees,
                assigneeNames,
                coordinatingNote,
                timeframe,
                deadline,
                sourceItemId,
                version,
                leadText,
                coordinatingText,
                leadNames,
                deadlineTime,
                narrativeItemId,
                exclusions);
    }

    /** What the content column shows: the item's own title, or the title of its criterion. */
    public String displayTitle() {
        return title != null ? title : (criterionTitle == null ? "" : criterionTitle);
    }

    /** The timeframe as printed ("Thường xuyên", "trước ngày 02/7/2024"), or the due date when nothing is printed. */
    public String timeframeText() {
        return timeframe != null ? timeframe : dueText();
    }

    /** The due day it means, with the time of day when there is one: "01/07/2024", "21/03/2024 16:00". */
    public String dueText() {
        if (deadline == null) {
            return "";
        }
        return deadlineTime == null ? Formats.date(deadline) : Formats.date(deadline) + " " + deadlineTime;
    }

    /** The lead as printed, or the resolved lead units when the source prints none. */
    public String leadPrinted() {
        return leadText != null ? leadText : (leadNames == null ? "" : leadNames);
    }

    /** The coordinating units as printed, or the resolved ones when the source prints none. */
    public String coordinatingPrinted() {
        return coordinatingText != null ? coordinatingText : (assigneeNames == null ? "" : assigneeNames);
    }

    /** Every unit or group that leads the item. */
    public List<ItemAssignee> leads() {
        java.util.List<ItemAssignee> out = new java.util.ArrayList<>();
        if (leadUnitId != null) {
            out.add(ItemAssignee.unit(leadUnitId).asLead(true));
        }
        assignees.stream().filter(ItemAssignee::isLead).forEach(out::add);
        return out;
    }
}
