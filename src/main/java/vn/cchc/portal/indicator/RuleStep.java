package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * The rule at an interim milestone: the target of a unit below the central target ({@code belowValue}, e.g. 30% at
 * day 50), and for a unit at or above it the baseline plus {@code stepAbove} points (null: the final target). For a
 * fixed-target indicator {@code belowValue} is every unit's interim target. {@code level} null means every level.
 */
@Entity
@Table(name = "indicator_step")
class RuleStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "indicator_id", nullable = false)
    Long indicatorId;

    @Column(name = "milestone_id", nullable = false)
    Long milestoneId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    UnitLevel level;

    @Column(name = "below_value", nullable = false)
    BigDecimal belowValue;

    @Column(name = "step_above")
    BigDecimal stepAbove;
}
