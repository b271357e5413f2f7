package vn.cchc.portal.indicator;

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

/** An indicator of a plan (from a framework such as the 766 service index, or the plan's own) and its target rule. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    @Column(nullable = false)
    String code;

    @Column(nullable = false)
    String name;
    /** Other names, "|"-separated, as column headers print them ("Tỷ lệ dịch vụ công trực tuyến"). */
    String aliases;

    @Column(name = "criterion_id")
    Long criterionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Measure measure = Measure.PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Direction direction = Direction.HIGHER_BETTER;

    @Column(nullable = false)
    int decimals = 2;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false)
    RuleKind ruleKind = RuleKind.MANUAL;

    @Column(name = "central_target")
    BigDecimal centralTarget;

    @Column(name = "increment_points")
    BigDecimal incrementPoints;

    @Column(name = "fixed_target")
    BigDecimal fixedTarget;

    @Version
    long version;

    @PrePersist
    @PreUpdate
    void normalise() {
        code = Texts.nfc(code);
        name = Texts.nfc(name);
        aliases = Texts.nfcOrNull(aliases);
    }
}
