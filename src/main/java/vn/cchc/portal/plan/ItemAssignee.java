package vn.cchc.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.cchc.portal.organization.OrgUnitGroup;

import java.util.Objects;

/**
 * A unit or a group (all district committees …) named by an item, as a lead (chủ trì) or as a coordinating or
 * implementing unit. A lead group means every unit of the group leads its own part.
 */
@Embeddable
public class ItemAssignee {

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_group", length = 40)
    private OrgUnitGroup group;

    @Column(name = "lead", nullable = false)
    private boolean lead;

    protected ItemAssignee() {}

    private ItemAssignee(Long unitId, OrgUnitGroup group, boolean lead) {
        this.unitId = unitId;
        this.group = group;
        this.lead = lead;
    }

    public static ItemAssignee unit(long unitId) {
        return new ItemAssignee(unitId, null, false);
    }

    public static ItemAssignee group(OrgUnitGroup group) {
        return new ItemAssignee(null, Objects.requireNonNull(group), false);
    }

    /** The same unit or group as a lead (true) or a coordinating unit (false). */
    public ItemAssignee asLead(boolean asLead) {
        return new ItemAssignee(unitId, group, asLead);
    }

    public boolean isLead() {
        return lead;
    }

    /** True when both name the same unit or group, whatever the role. */
    public boolean sameTarget(ItemAssignee other) {
        return Objects.equals(unitId, other.unitId) && group == other.group;
    }

    public Long getUnitId() {
        return unitId;
    }

    public OrgUnitGroup getGroup() {
        return group;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemAssignee other && sameTarget(other) && lead == other.lead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, group, lead);
    }
}
