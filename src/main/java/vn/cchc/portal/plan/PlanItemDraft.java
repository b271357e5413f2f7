package vn.cchc.portal.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan item before it is saved: what an Excel import or the demo data produces. Unit texts are kept exactly as
 * written; the service resolves them to organisation units and groups.
 *
 * @param number           numbering as in the source ("I", "1", "1.1", "3")
 * @param criterionCode    code of the index criterion, e.g. "TC 1.1", "TCTP 1.3.1", or an area "I"; may be null
 * @param leadText         the lead unit as written ("Sở Nội vụ")
 * @param coordinatingText coordinating/implementing units as written ("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện")
 * @param timeframe        timeframe text as written ("Thường xuyên trong năm"), may be null
 * @param deadline         a precise deadline when the source gives one, else null
 */
public record PlanItemDraft(String number, PlanItemKind kind, String title, String criterionCode, String goal,
                            String tasks, String leadText, String coordinatingText, String timeframe,
                            LocalDate deadline, List<PlanItemDraft> children) {

    public PlanItemDraft {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
