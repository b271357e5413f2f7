package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.cchc.portal.organization.OrgUnitGroup;

import java.util.Objects;

/** A coordinating or implementing unit of an item: one unit, or a group (all district committees …). */
@Embeddable
public class ItemAssignee {

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_group", length = 40)
    private OrgUnitGroup group;

    protected ItemAssignee() {
    }

    private ItemAssignee(Long unitId, OrgUnitGroup group) {
        this.unitId = unitId;
        this.group = group;
    }

    public static ItemAssignee unit(long unitId) {
        return new ItemAssignee(unitId, null);
    }

    public static ItemAssignee group(OrgUnitGroup group) {
        return new ItemAssignee(null, Objects.requireNonNull(group));
    }

    public Long getUnitId() {
        return unitId;
    }

    public OrgUnitGroup getGroup() {
        return group;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemAssignee other && Objects.equals(unitId, other.unitId) && group == other.group;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, group);
    }
}
