package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit's actual value of an indicator in a reporting period. */
@Entity
@Table(name = "indicator_actual")
class Actual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "indicator_id", nullable = false)
    Long indicatorId;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    @Column(name = "period_id", nullable = false)
    Long periodId;

    @Column(name = "actual_value", nullable = false)
    BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActualSource source;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Column(name = "entered_at", nullable = false)
    Instant enteredAt;

    @Version
    long version;
}
