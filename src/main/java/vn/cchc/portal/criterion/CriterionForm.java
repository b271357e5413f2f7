package vn.cchc.portal.criterion;

import java.math.BigDecimal;

/**
 * Editable fields of a criterion, bound to the edit dialog with a buffered Binder. The level is only used when
 * adding (null: the service derives it from the parent and the framework); parent and framework never change.
 */
public class CriterionForm {

    private Long id;
    private long version;
    private CriterionLevel level;
    private String code = "";
    private String title = "";
    private Integer sortOrder;
    private BigDecimal baseline;
    private Integer baselineYear;
    private String unit = "";
    private BigDecimal maxScore;

    /** A form holding the current values of a criterion, for an edit. */
    public static CriterionForm of(CriterionSummary criterion) {
        CriterionForm form = new CriterionForm();
        form.id = criterion.id();
        form.version = criterion.version();
        form.level = criterion.level();
        form.code = criterion.code();
        form.title = criterion.title();
        form.sortOrder = criterion.sortOrder();
        form.baseline = criterion.baseline();
        form.baselineYear = criterion.baselineYear();
        form.unit = criterion.unit() == null ? "" : criterion.unit();
        form.maxScore = criterion.maxScore();
        return form;
    }

    /** A form for a new criterion with the given code and title (the other fields empty). */
    public static CriterionForm of(String code, String title) {
        CriterionForm form = new CriterionForm();
        form.code = code;
        form.title = title;
        return form;
    }

    public static CriterionForm copyOf(CriterionForm other) {
        CriterionForm form = new CriterionForm();
        form.id = other.id;
        form.version = other.version;
        form.level = other.level;
        form.code = other.code;
        form.title = other.title;
        form.sortOrder = other.sortOrder;
        form.baseline = other.baseline;
        form.baselineYear = other.baselineYear;
        form.unit = other.unit;
        form.maxScore = other.maxScore;
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CriterionLevel getLevel() {
        return level;
    }

    public void setLevel(CriterionLevel level) {
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(BigDecimal maxScore) {
        this.maxScore = maxScore;
    }
}
