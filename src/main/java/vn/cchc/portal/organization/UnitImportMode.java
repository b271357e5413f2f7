package vn.cchc.portal.organization;

/** What an organisation workbook describes. */
public enum UnitImportMode {
    /**
     * A decision that rearranges units (number, date, effective date; new units with their predecessors: merges,
     * splits, renames, a level removed). Ended units get the day before the effective date as last day and their
     * successor; new units start on the effective date.
     */
    RESTRUCTURING,
    /** The deployment's own unit list (province → departments, communes → sub-units), usually on an empty database. */
    UNIT_LIST
}
