package vn.cchc.portal.criterion;

import java.util.Set;

/** What an index framework measures; decides which criterion levels it may hold. */
public enum FrameworkKind {
    /** Chỉ số CCHC (PAR Index): areas, criteria (TC) and sub-criteria (TCTP). */
    PAR_INDEX(Set.of(CriterionLevel.AREA, CriterionLevel.CRITERION, CriterionLevel.SUB_CRITERION)),
    /** Chỉ số SIPAS: citizen satisfaction components. */
    SIPAS(Set.of(CriterionLevel.COMPONENT)),
    /** Bộ chỉ số 766 (Decision 766/QĐ-TTg): service indicators measured per unit. */
    SERVICE_766(Set.of(CriterionLevel.INDICATOR));

    private final Set<CriterionLevel> levels;

    FrameworkKind(Set<CriterionLevel> levels) {
        this.levels = levels;
    }

    /** The levels a criterion of this kind of framework may have. */
    public Set<CriterionLevel> levels() {
        return levels;
    }

    public String labelKey() {
        return "criteria.kind." + name();
    }
}
