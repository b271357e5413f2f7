package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A unit that an item's groups would include but the plan leaves out, with the reason the plan gives. */
@Embeddable
public class ItemExclusion {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected ItemExclusion() {}

    public ItemExclusion(long unitId, String reason) {
        this.unitId = unitId;
        this.reason = Objects.requireNonNull(reason);
    }

    public long getUnitId() {
        return unitId;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemExclusion other
                && Objects.equals(unitId, other.unitId)
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, reason);
    }
}
