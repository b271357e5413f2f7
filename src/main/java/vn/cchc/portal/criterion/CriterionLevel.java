package vn.cchc.portal.criterion;

/** The place of a criterion in its framework's tree. */
public enum CriterionLevel {
    /** Lĩnh vực (I … VIII of the PAR Index): a root. */
    AREA(null),
    /** Tiêu chí (TC): under an area. */
    CRITERION(AREA),
    /** Tiêu chí thành phần (TCTP): under a criterion. */
    SUB_CRITERION(CRITERION),
    /** A SIPAS component: a root. */
    COMPONENT(null),
    /** A service-index indicator (766): a root. */
    INDICATOR(null);

    private final CriterionLevel parentLevel;

    CriterionLevel(CriterionLevel parentLevel) {
        this.parentLevel = parentLevel;
    }

    /** The level a parent must have, or null when this level is a root. */
    public CriterionLevel parentLevel() {
        return parentLevel;
    }

    public boolean isRoot() {
        return parentLevel == null;
    }

    /** The level of a child added under this level, or null when this level has no children. */
    public CriterionLevel childLevel() {
        for (CriterionLevel level : values()) {
            if (level.parentLevel == this) {
                return level;
            }
        }
        return null;
    }

    public String labelKey() {
        return "criteria.level." + name();
    }
}
