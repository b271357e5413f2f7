package vn.cchc.portal.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    private final Cascade cascade;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<PlanConsequences> consequences;

    SubPlanService(
            PlanRepository plans,
            PlanItemRepository items,
            PlanService planService,
            PlanAccess access,
            PlanAuditor auditor,
            PlanMapper mapper,
            OrgUnitService units,
            Cascade cascade,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<PlanConsequences> consequences) {
        this.consequences = consequences;
        this.cascade = cascade;
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
    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public PlanSummary create(long parentPlanId, long unitId) {
        Plan parent = planService.load(parentPlanId);
        access.checkRead(parent);
        access.checkManage(unitId);
        if (parent.status != PlanStatus.ISSUED) {
            throw BusinessException.of("error.subplan.parentNotIssued");
        }
        if (unitId == parent.issuingUnitId || !units.isWithin(unitId, parent.issuingUnitId)) {
            throw BusinessException.of("error.subplan.notSubordinate");
        }
        if (current(parentPlanId, unitId).isPresent()) {
            throw BusinessException.of("error.subplan.exists");
        }
        OrgUnitSummary unit = units.get(unitId);
        Plan sub = new Plan();
        sub.issuingUnitId = unitId;
        sub.parentPlanId = parent.id;
        sub.kind = parent.kind;
        sub.year = parent.year;
        sub.title = subPlanTitle(parent.title, units.nameOf(parent.issuingUnitId), unit);
        sub.place = parent.place;
        sub.startDate = parent.startDate;
        sub.endDate = parent.endDate;
        sub.reportingCadence = parent.reportingCadence;
        sub.parentBody =
                unit.parentId() == null ? null : units.nameOf(unit.parentId()).toUpperCase(Locale.ROOT);
        sub.legalBases = "Căn cứ Kế hoạch số " + (parent.number == null ? "…" : parent.number)
                + (parent.issueDate == null ? "" : " ngày " + Formats.date(parent.issueDate))
                + " của " + units.nameOf(parent.issuingUnitId) + " về " + lowerFirst(parent.title) + ";";
        sub.status = PlanStatus.DRAFT;
        planService.stamp(sub, true);
        planService.saveHeader(sub);
        int inherited = cascade.inherit(parent, sub, unit, dayOf(parent));
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
        LocalDate day = dayOf(parent);
        PlanConsequences tasks = consequences.getIfAvailable();
        java.util.Set<Long> assigned = tasks == null || parent.status == PlanStatus.DRAFT
                ? java.util.Set.of()
                : tasks.unitsWithTasks(parent.id);
        List<SubPlanStatus> out = new ArrayList<>();
        for (OrgUnitSummary unit : visibleUnits()) {
            if (!java.util.Objects.equals(unit.parentId(), parent.issuingUnitId)) {
                continue;
            }
            Cascade.Scope scope = cascade.scope(unit, day);
            if (!assigned.contains(unit.id()) && all.stream().noneMatch(i -> cascade.concerns(i, scope))) {
                continue;
            }
            Optional<Plan> sub = current(parent.id, unit.id());
            LocalDate issued = sub.filter(p -> p.status != PlanStatus.DRAFT)
                    .map(p -> p.issueDate)
                    .orElse(null);
            boolean late = due != null && (issued != null ? issued.isAfter(due) : today.isAfter(due));
            out.add(new SubPlanStatus(
                    unit.id(),
                    unit.name(),
                    sub.map(p -> p.id).orElse(null),
                    sub.map(p -> p.number).orElse(null),
                    sub.map(p -> p.status).orElse(null),
                    due,
                    issued,
                    late,
                    false));
        }
        viaAbove(parent, due, today).ifPresent(out::add);
        out.sort(Comparator.comparing(SubPlanStatus::late).reversed());
        return out;
    }

    private List<OrgUnitSummary> visibleUnits() {
        UserContext user = access.user();
        return user.seesAllUnits() ? units.tree(false) : units.ownSubtree();
    }

    /**
     * A unit's own plan is named after the plan it carries out, for its area: "Cải cách hành chính nhà nước tỉnh Gia
     * Lai năm 2026" becomes "Cải cách hành chính nhà nước năm 2026 trên địa bàn huyện Chư Prông" (a local government),
     * or "… năm 2026 của Sở Tư pháp" (a department).
     */
    static String subPlanTitle(String parentTitle, String parentIssuer, OrgUnitSummary unit) {
        String title = parentTitle == null ? "" : parentTitle.strip();
        String place = parentIssuer == null
                ? ""
                : parentIssuer
                        .replaceFirst("^(Ủy|Uỷ) ban nhân dân ", "")
                        .replaceFirst("^UBND ", "")
                        .strip();
        if (!place.isEmpty()) {
            title = title.replace(" " + place, "").replace(place + " ", "").strip();
        }
        String name = unit.name();
        String where = unit.kind().isLocalGovernment()
                ? " trên địa bàn " + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : " của " + name;
        return title + where;
    }

    /**
     * For a unit below the plan's addressees (a commune under a province plan): the unit above it that the plan
     * addresses and whose own plan passes the work on to it.
     */
    private Optional<SubPlanStatus> viaAbove(Plan parent, LocalDate due, LocalDate today) {
        UserContext user = access.user();
        if (user.seesAllUnits()) {
            return Optional.empty();
        }
        List<Long> chain = units.ancestorIds(user.unitId());
        int issuer = chain.indexOf(parent.issuingUnitId);
        if (issuer < 2) {
            return Optional.empty();
        }
        long via = chain.get(issuer - 1);
        Optional<Plan> sub = current(parent.id, via);
        LocalDate issued = sub.filter(p -> p.status != PlanStatus.DRAFT)
                .map(p -> p.issueDate)
                .orElse(null);
        boolean late = due != null && (issued != null ? issued.isAfter(due) : today.isAfter(due));
        return Optional.of(new SubPlanStatus(
                via,
                units.nameOf(via),
                sub.map(p -> p.id).orElse(null),
                sub.map(p -> p.number).orElse(null),
                sub.map(p -> p.status).orElse(null),
                due,
                issued,
                late,
                true));
    }

    private Optional<Plan> current(long parentPlanId, long unitId) {
        return plans.findByParentPlanId(parentPlanId).stream()
                .filter(p -> p.issuingUnitId == unitId && p.status != PlanStatus.SUPERSEDED)
                .max(Comparator.comparingInt(p -> p.versionNo));
    }

    private LocalDate dayOf(Plan plan) {
        return plan.issueDate != null ? plan.issueDate : LocalDate.now(clock);
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
