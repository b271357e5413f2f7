package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A target set by hand for one unit, indicator and milestone, replacing the computed or inherited one. */
@Entity
@Table(name = "indicator_target")
class TargetOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "indicator_id", nullable = false)
    Long indicatorId;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    @Column(name = "milestone_id", nullable = false)
    Long milestoneId;

    @Column(name = "target_value", nullable = false)
    BigDecimal value;

    @Column(nullable = false)
    String reason;
    /** The plan the override was made in: the campaign plan, or the unit's own (sub-)plan. */
    @Column(name = "set_in_plan_id", nullable = false)
    Long setInPlanId;

    @Column(name = "set_by", nullable = false)
    String setBy;

    @Column(name = "set_at", nullable = false)
    Instant setAt;

    @Version
    long version;
}
