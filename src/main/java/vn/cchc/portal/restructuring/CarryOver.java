package vn.cchc.portal.restructuring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;

/** One item of an ended unit's work or one of its users, and what became of it. */
@Entity
@Table(name = "carry_over")
class CarryOver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_kind", nullable = false)
    WorkKind kind;

    @Column(name = "work_id", nullable = false)
    Long workId;

    @Column(name = "from_unit_id", nullable = false)
    Long fromUnitId;

    @Column(name = "effective_date", nullable = false)
    LocalDate effective;

    @Column(nullable = false)
    String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CarryOverDecision decision = CarryOverDecision.PENDING;

    @Column(name = "to_unit_id")
    Long toUnitId;

    String note;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Version
    long version;

    protected CarryOver() {}

    CarryOver(WorkKind kind, long workId, long fromUnitId, LocalDate effective, String label, Instant at) {
        this.kind = kind;
        this.workId = workId;
        this.fromUnitId = fromUnitId;
        this.effective = effective;
        this.label = Texts.cut(Texts.nfc(label), 1000);
        this.createdAt = at;
    }

    void waitFor(String why) {
        note = why == null ? null : Texts.cut(why, 500);
    }

    void decide(CarryOverDecision outcome, Long toUnit, String by, Instant at) {
        if (decision != CarryOverDecision.PENDING) {
            throw BusinessException.of("error.carryover.decided");
        }
        decision = outcome;
        toUnitId = toUnit;
        decidedBy = by;
        decidedAt = at;
    }
}
