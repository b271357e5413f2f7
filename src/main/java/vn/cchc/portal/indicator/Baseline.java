package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A unit's value before the plan (e.g. its 2023 result from Appendix I of Plan 629/KH-UBND). */
@Entity
@Table(name = "indicator_baseline")
class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "indicator_id", nullable = false)
    Long indicatorId;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    @Column(name = "baseline_value", nullable = false)
    BigDecimal value;

    String source;
}
