package vn.cchc.portal.plan;

/** A criterion a plan item may be linked to, for selection lists. */
public record CriterionChoice(long id, String code, String title, String frameworkName) {

    public String label() {
        return code + " – " + title;
    }
}
