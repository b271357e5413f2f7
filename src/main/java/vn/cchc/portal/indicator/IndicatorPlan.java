package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A plan that carries indicators: its reporting cadence and the span its periods cover. */
@Entity
@Table(name = "indicator_plan")
class IndicatorPlan {

    @Id
    @Column(name = "plan_id")
    Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Cadence cadence;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;
}
