package vn.cchc.portal.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A plan item before it is saved: what an Excel import or the demo data produces. Unit texts are kept exactly as
 * written; the service resolves them to organisation units and groups and stores the printed texts beside them.
 *
 * @param number           numbering as in the source ("I", "1", "1.1", "3")
 * @param criterionCode    code of the index criterion, e.g. "TC 1.1", "TCTP 1.3.1", or an area "I"; may be null
 * @param leadText         the lead unit(s) as written ("Sở Nội vụ", "Sở Tài chính; UBND cấp huyện")
 * @param coordinatingText coordinating/implementing units as written ("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện")
 * @param timeframe        timeframe text as written ("Thường xuyên trong năm", "trước ngày 02/7/2024"), may be null
 * @param deadline         the due day when the source names one precise date, else null (derived from the timeframe)
 * @param deadlineTime     the time of day on the due day when the source prints one, else null
 * @param exclusions       units the item leaves out of its groups, with the reason as printed
 * @param explains         on a narrative item: the criterion codes of the appendix rows whose tasks it spells out
 * @param inherits         on an item of a sub-plan: the number of the parent plan's item it carries down
 */
public record PlanItemDraft(
        String number,
        PlanItemKind kind,
        String title,
        String criterionCode,
        String goal,
        String tasks,
        String leadText,
        String coordinatingText,
        String timeframe,
        LocalDate deadline,
        LocalTime deadlineTime,
        List<Exclusion> exclusions,
        List<String> explains,
        String inherits,
        List<PlanItemDraft> children) {

    /** A unit left out of the item, named as written, and why. */
    public record Exclusion(String unitText, String reason) {}

    public PlanItemDraft {
        children = children == null ? List.of() : List.copyOf(children);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        explains = explains == null ? List.of() : List.copyOf(explains);
    }

    public PlanItemDraft(
            String number,
            PlanItemKind kind,
            String title,
            String criterionCode,
            String goal,
            String tasks,
            String leadText,
            String coordinatingText,
            String timeframe,
            LocalDate deadline,
            List<PlanItemDraft> children) {
        this(
                number,
                kind,
                title,
                criterionCode,
                goal,
                tasks,
                leadText,
                coordinatingText,
                timeframe,
                deadline,
                null,
                List.of(),
                List.of(),
                null,
                children);
    }
}
