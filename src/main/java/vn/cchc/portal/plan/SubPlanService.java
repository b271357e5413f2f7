package vn.cchc.portal.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cascade: a unit below the issuer of an issued plan derives its own sub-plan, inheriting the items that concern
 * it (its own name, or a group it belongs to). Sub-plans are due by the date the parent plan sets.
 */
@Service
@Transactional
public class SubPlanService {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanService planService;
    private final PlanAccess access;
    private final PlanAuditor auditor;
    private final PlanMapper mapper;
    private final OrgUnitService units;
    private final Clock clock;

    SubPlanService(PlanRepository plans, PlanItemRepository items, PlanService planService, PlanAccess access,
                   PlanAuditor auditor, PlanMapper mapper, OrgUnitService units, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.planService = planService;
        this.access = access;
        this.auditor = auditor;
        this.mapper = mapper;
        this.units = units;
        this.clock = clock;
    }

    /** Creates the draft sub-plan of a unit under the issuer of an issued plan. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    public PlanSummary create(long parentPlanId, long unitId) {
        Plan parent = planService.load(parentPlanId);
        access.checkRead(parent);
        access.checkManage(unitId);
        if (parent.status != PlanStatus.ISSUED) {
            throw new BusinessException("Chỉ lập kế hoạch của đơn vị từ một kế hoạch đã ban hành.");
        }
        if (unitId == parent.issuingUnitId || !units.isWithin(unitId, parent.issuingUnitId)) {
            throw new BusinessException("Đơn vị phải trực thuộc cơ quan ban hành kế hoạch cấp trên.");
        }
        if (current(parentPlanId, unitId).isPresent()) {
            throw new BusinessException("Đơn vị đã có kế hoạch triển khai kế hoạch này.");
        }
        OrgUnitSummary unit = units.get(unitId);
        Plan sub = new Plan();
        sub.issuingUnitId = unitId;
        sub.parentPlanId = parent.id;
        sub.kind = parent.kind;
        sub.year = parent.year;
        sub.title = parent.title;
        sub.place = parent.place;
        sub.startDate = parent.startDate;
        sub.endDate = parent.endDate;
        sub.reportingCadence = parent.reportingCadence;
        sub.parentBody = unit.parentId() == null ? null : units.nameOf(unit.parentId()).toUpperCase(Locale.ROOT);
        sub.legalBases = "Căn cứ Kế hoạch số " + (parent.number == null ? "…" : parent.number)
                + (parent.issueDate == null ? "" : " ngày " + Formats.date(parent.issueDate))
                + " của " + units.nameOf(parent.issuingUnitId) + " về " + lowerFirst(parent.title) + ";";
        sub.status = PlanStatus.DRAFT;
        planService.stamp(sub, true);
        planService.saveHeader(sub);
        int inherited = inherit(parent, sub, unit);
        auditor.field(sub.id, null, "SUB_PLAN_CREATED", "parentPlanId", null, parent.id);
        auditor.field(parent.id, null, "SUB_PLAN_CREATED", "subPlanId", null, sub.id);
        auditor.field(sub.id, null, "SUB_PLAN_CREATED", "inheritedItems", null, inherited);
        return mapper.summary(sub);
    }

    /** The units below the issuer that the plan concerns, with their sub-plan and whether it is late. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SubPlanStatus> status(long parentPlanId) {
        Plan parent = planService.load(parentPlanId);
        access.checkRead(parent);
        LocalDate due = PlanMapper.subPlanDue(parent);
        LocalDate today = LocalDate.now(clock);
        List<PlanItem> all = items.findByPlanIdOrderBySortOrder(parent.id);
        List<SubPlanStatus> out = new ArrayList<>();
        for (OrgUnitSummary unit : visibleUnits()) {
            if (!java.util.Objects.equals(unit.parentId(), parent.issuingUnitId) || !concerns(all, unit)) {
                continue;
            }
            Optional<Plan> sub = current(parent.id, unit.id());
            LocalDate issued = sub.filter(p -> p.status != PlanStatus.DRAFT).map(p -> p.issueDate).orElse(null);
            boolean late = due != null && (issued != null ? issued.isAfter(due) : today.isAfter(due));
            out.add(new SubPlanStatus(unit.id(), unit.name(), sub.map(p -> p.id).orElse(null),
                    sub.map(p -> p.number).orElse(null), sub.map(p -> p.status).orElse(null), due, issued, late));
        }
        out.sort(Comparator.comparing(SubPlanStatus::late).reversed());
        return out;
    }

    private List<OrgUnitSummary> visibleUnits() {
        UserContext user = access.user();
        return user.seesAllUnits() ? units.tree(false) : units.ownSubtree();
    }

    private Optional<Plan> current(long parentPlanId, long unitId) {
        return plans.findByParentPlanId(parentPlanId).stream()
                .filter(p -> p.issuingUnitId == unitId && p.status != PlanStatus.SUPERSEDED)
                .max(Comparator.comparingInt(p -> p.versionNo));
    }

    /** Copies the items that concern the unit (and the headings above them); the unit leads each of them. */
    private int inherit(Plan parent, Plan sub, OrgUnitSummary unit) {
        List<PlanItemView> views = mapper.items(parent.id);
        Map<Long, PlanItem> byId = new HashMap<>();
        items.findByPlanIdOrderBySortOrder(parent.id).forEach(i -> byId.put(i.id, i));
        Set<Long> keep = new HashSet<>();
        for (PlanItemView view : views) {
            PlanItem item = byId.get(view.id());
            if (item.kind == PlanItemKind.ITEM && concerns(List.of(item), unit)) {
                Long id = item.id;
                while (id != null && keep.add(id)) {
                    id = byId.get(id).parentId;
                }
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        int count = 0;
        for (PlanItemView view : views) {
            if (!keep.contains(view.id())) {
                continue;
            }
            PlanItem source = byId.get(view.id());
            PlanItem copy = source.copyInto(sub.id, source.parentId == null ? null : ids.get(source.parentId));
            copy.sourceItemId = source.id;
            if (copy.kind == PlanItemKind.ITEM) {
                copy.leadUnitId = unit.id();
                copy.assignees = new ArrayList<>();
                copy.coordinatingNote = null;
                count++;
            }
            items.save(copy);
            ids.put(source.id, copy.id);
        }
        items.flush();
        return count;
    }

    static boolean concerns(List<PlanItem> list, OrgUnitSummary unit) {
        for (PlanItem item : list) {
            if (item.kind != PlanItemKind.ITEM) {
                continue;
            }
            if (Long.valueOf(unit.id()).equals(item.leadUnitId)) {
                return true;
            }
            for (ItemAssignee assignee : item.assignees) {
                if (Long.valueOf(unit.id()).equals(assignee.getUnitId())
                        || (assignee.getGroup() != null && assignee.getGroup().kind() == unit.kind())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = text.startsWith("Kế hoạch ") ? text.substring("Kế hoạch ".length()) : text;
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    static void denyIf(boolean condition, String message) {
        if (condition) {
            throw new AccessDeniedException(message);
        }
    }
}
