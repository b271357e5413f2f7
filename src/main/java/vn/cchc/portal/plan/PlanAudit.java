package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change to a plan or one of its items. */
@Entity
@Table(name = "plan_audit")
class PlanAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(name = "item_id")
    Long itemId;
    @Column(nullable = false)
    String action;
    String field;
    @Column(name = "old_value")
    String oldValue;
    @Column(name = "new_value")
    String newValue;
    @Column(nullable = false)
    String username;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
