package vn.cchc.portal.criterion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;

/**
 * One node of a framework's tree: an area, criterion (TC), sub-criterion (TCTP), SIPAS component or 766 indicator.
 * Framework and parent are kept as ids, like the organisation tree.
 */
@Entity
@Table(name = "criterion")
class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionLevel level;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(precision = 12, scale = 4)
    private BigDecimal baseline;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(length = 40)
    private String unit;

    @Column(name = "max_score", precision = 8, scale = 2)
    private BigDecimal maxScore;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "search_key", nullable = false, length = 1100)
    private String searchKey;

    @Version
    private long version;

    protected Criterion() {}

    Criterion(Long frameworkId, Long parentId, CriterionLevel level, String code, String title, int sortOrder) {
        this.frameworkId = frameworkId;
        this.parentId = parentId;
        this.level = level;
        this.code = Texts.nfc(code);
        this.title = text(title);
        this.sortOrder = sortOrder;
    }

    /** A copy of this criterion into another framework under the given (copied) parent. */
    Criterion copyInto(Long otherFrameworkId, Long newParentId) {
        Criterion copy = new Criterion(otherFrameworkId, newParentId, level, code, title, sortOrder);
        copy.baseline = baseline;
        copy.baselineYear = baselineYear;
        copy.unit = unit;
        copy.maxScore = maxScore;
        return copy;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKey() {
        code = Texts.nfc(code);
        title = text(title);
        unit = Texts.nfcOrNull(unit);
        searchKey = searchKey(code, title);
    }

    /** Same key as the data load (V5): folded code and title. */
    static String searchKey(String code, String title) {
        return Texts.fold(code + " " + title);
    }

    Long getId() {
        return id;
    }

    Long getFrameworkId() {
        return frameworkId;
    }

    Long getParentId() {
        return parentId;
    }

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = Texts.nfc(code);
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = text(title);
    }

    CriterionLevel getLevel() {
        return level;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    BigDecimal getBaseline() {
        return baseline;
    }

    Integer getBaselineYear() {
        return baselineYear;
    }

    void setBaseline(BigDecimal baseline, Integer baselineYear) {
        this.baseline = baseline;
        this.baselineYear = baselineYear;
    }

    String getUnit() {
        return unit;
    }

    void setUnit(String unit) {
        this.unit = Texts.nfcOrNull(unit);
    }

    BigDecimal getMaxScore() {
        return maxScore;
    }

    void setMaxScore(BigDecimal maxScore) {
        this.maxScore = maxScore;
    }

    boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    String getSearchKey() {
        return searchKey;
    }

    long getVersion() {
        return version;
    }

    /** The title as typed, line breaks kept ("" when blank: the services refuse a blank title). */
    private static String text(String title) {
        String block = Texts.block(title);
        return block == null ? (title == null ? null : "") : block;
    }
}
