package vn.cchc.portal.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;

/**
 * Who may read and change which plan. Planners and administrators manage every plan; a unit head manages the
 * plans of their own unit and the units below it; unit users read issued plans of the units above them (to
 * derive their own) and every plan of their own subtree; leaders read everything.
 */
@Component
class PlanAccess {

    static final String READ_DENIED = "Bạn không có quyền xem kế hoạch này.";
    static final String WRITE_DENIED = "Bạn không có quyền lập hoặc sửa kế hoạch của đơn vị này.";

    private final CurrentUser currentUser;
    private final OrgUnitService units;

    PlanAccess(CurrentUser currentUser, OrgUnitService units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    UserContext user() {
        return currentUser.require();
    }

    boolean canRead(Plan plan) {
        UserContext user = user();
        if (user.seesAllUnits()) {
            return true;
        }
        if (units.isWithin(plan.issuingUnitId, user.unitId())) {
            return true;
        }
        return plan.status != PlanStatus.DRAFT && units.isWithin(user.unitId(), plan.issuingUnitId);
    }

    void checkRead(Plan plan) {
        if (!canRead(plan)) {
            throw new AccessDeniedException(READ_DENIED);
        }
    }

    /** Whether the caller may create or change plans issued by this unit. */
    boolean canManageUnit(long issuingUnitId) {
        UserContext user = user();
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            return true;
        }
        return user.has(Role.UNIT_HEAD) && units.isWithin(issuingUnitId, user.unitId());
    }

    void checkManage(long issuingUnitId) {
        if (!canManageUnit(issuingUnitId)) {
            throw new AccessDeniedException(WRITE_DENIED);
        }
    }
}
