package vn.cchc.portal.indicator;

/** A unit's result against its target at a milestone. */
public enum ProgressStatus {
    NOT_MET, MET, NO_DATA;

    public String labelKey() {
        return "indicator.status." + name();
    }
}
