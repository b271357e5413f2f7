package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to targets, exclusions or actual values. */
@Entity
@Table(name = "indicator_audit")
class IndicatorAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(name = "indicator_id")
    Long indicatorId;

    @Column(name = "unit_id")
    Long unitId;

    @Column(name = "milestone_id")
    Long milestoneId;

    @Column(name = "period_id")
    Long periodId;

    @Column(nullable = false)
    String action;

    @Column(name = "old_value")
    String oldValue;

    @Column(name = "new_value")
    String newValue;

    String reason;

    @Column(nullable = false)
    String username;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
