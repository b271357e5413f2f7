package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A unit that gets no targets in a plan, and why (Plan 629/KH-UBND, footnote 2). */
@Entity
@Table(name = "indicator_exclusion")
class Exclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    @Column(nullable = false)
    String reason;

    @Column(name = "set_by", nullable = false)
    String setBy;

    @Column(name = "set_at", nullable = false)
    Instant setAt;
}
