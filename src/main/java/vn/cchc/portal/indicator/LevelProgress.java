package vn.cchc.portal.indicator;

import java.util.List;
import java.util.Map;

/**
 * The units of one level at a milestone, those below target first, and per indicator how many units fall in each
 * grade (as Plan 629/KH-UBND §II counts them: "57/220 địa phương xếp loại Yếu"). {@code units}, {@code withData}
 * and {@code belowTarget} count the whole level, also when {@code rows} holds only the caller's own units.
 */
public record LevelProgress(
        UnitLevel level,
        List<ProgressRow> rows,
        Map<Long, Map<Band, Integer>> bands,
        int units,
        int withData,
        int belowTarget) {}
