package vn.cchc.portal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A date by which targets must be met (day 50, day 100, a month end, the year end). */
@Entity
@Table(name = "indicator_milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(nullable = false)
    int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MilestoneKind kind;

    @Column(name = "day_number")
    Integer dayNumber;

    @Column(nullable = false)
    String label;

    @Column(name = "milestone_date", nullable = false)
    LocalDate date;
}
