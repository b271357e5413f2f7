package vn.cchc.portal.assignment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

/**
 * A unit user reads and changes only its own unit's assignments (a district also reads its communes'); the lead
 * unit of an item reads its coordinating units' parts; planners, leaders and administrators read everything.
 */
@Component
class AssignmentAccess {

    static final String DENIED = "Bạn không có quyền xem hoặc cập nhật công việc của đơn vị khác.";

    private final CurrentUser currentUser;
    private final OrgUnitService units;
    private final AssignmentRepository assignments;

    AssignmentAccess(CurrentUser currentUser, OrgUnitService units, AssignmentRepository assignments) {
        this.currentUser = currentUser;
        this.units = units;
        this.assignments = assignments;
    }

    UserContext user() {
        return currentUser.require();
    }

    boolean canRead(Assignment a) {
        UserContext user = user();
        if (user.seesAllUnits()) {
            return true;
        }
        if (units.isWithin(a.unitId, user.unitId())) {
            return true;
        }
        return isLeadOfItem(a.itemId, user.unitId());
    }

    /** {@link #canRead(Assignment)} with the items the caller's unit leads already known (lists of a plan). */
    boolean canRead(Assignment a, java.util.Set<Long> ledItems) {
        UserContext user = user();
        return user.seesAllUnits() || units.isWithin(a.unitId, user.unitId()) || ledItems.contains(a.itemId);
    }

    /** The items among these assignments that the caller's unit leads. */
    java.util.Set<Long> itemsLedByCaller(java.util.Collection<Assignment> list) {
        long unitId = user().unitId();
        return list.stream()
                .filter(x -> x.role == AssignmentRole.LEAD && x.unitId == unitId)
                .map(x -> x.itemId)
                .collect(java.util.stream.Collectors.toSet());
    }

    boolean isLeadOfItem(long itemId, long unitId) {
        return assignments.findByItemId(itemId).stream()
                .anyMatch(x -> x.role == AssignmentRole.LEAD && x.unitId == unitId);
    }

    void checkRead(Assignment a) {
        if (!canRead(a)) {
            throw new AccessDeniedException(DENIED);
        }
    }

    /** Staff and heads of the unit itself may write its progress. */
    boolean canDraft(Assignment a) {
        UserContext user = user();
        return (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF)) && a.unitId == user.unitId();
    }

    boolean canSubmit(Assignment a) {
        UserContext user = user();
        return user.has(Role.UNIT_HEAD) && a.unitId == user.unitId();
    }

    void checkDraft(Assignment a) {
        if (!canDraft(a)) {
            throw new AccessDeniedException(DENIED);
        }
    }

    void checkSubmit(Assignment a) {
        if (!canSubmit(a)) {
            throw new AccessDeniedException(
                    a.unitId == user().unitId() ? "Chỉ lãnh đạo đơn vị được gửi báo cáo tiến độ." : DENIED);
        }
    }
}
