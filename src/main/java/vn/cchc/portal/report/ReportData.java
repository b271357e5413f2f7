package vn.cchc.portal.report;

import org.springframework.stereotype.Component;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.util.List;

/**
 * Everything documents read from other features, through their public services (which apply the caller's access
 * rights). One place to switch sources when plans, periods or assignments move.
 */
@Component
public class ReportData {

    private final PlanService plans;
    private final AssignmentService assignments;
    private final OrgUnitService units;
    private final ReportingPeriodService periods;

    ReportData(PlanService plans, AssignmentService assignments, OrgUnitService units, ReportingPeriodService periods) {
        this.plans = plans;
        this.assignments = assignments;
        this.units = units;
        this.periods = periods;
    }

    /** A plan with its items; refused when the caller may not read it. */
    public PlanDetail plan(long planId) {
        return plans.get(planId);
    }

    /** The plans in force or ended of an issuer in a year (no drafts, no superseded versions). */
    public List<PlanSummary> plansOf(long issuerUnitId, int year) {
        return plans.list(new PlanFilter(year, null, null, issuerUnitId, null)).stream()
                .filter(p -> p.status() == PlanStatus.ISSUED || p.status() == PlanStatus.CLOSED)
                .sorted(java.util.Comparator.comparing(PlanSummary::id))
                .toList();
    }

    /** Every assignment of a plan the caller may read. */
    public List<AssignmentSummary> assignments(long planId) {
        return assignments.ofPlan(planId);
    }

    /** One assignment with its progress history. */
    public AssignmentDetail assignment(long assignmentId) {
        return assignments.get(assignmentId);
    }

    /** The reporting periods of a plan (quarters, or the campaign's 10-day periods). */
    public List<PeriodView> periods(long planId) {
        return periods.ofPlan(planId);
    }

    /** Active units, in tree order. */
    public List<OrgUnitSummary> activeUnits() {
        return units.activeUnits();
    }

    public String unitName(long unitId) {
        return units.nameOf(unitId);
    }

    /** Throws when a unit user asks for a unit outside their own subtree. */
    public void checkUnitAccess(long unitId) {
        units.checkAccess(unitId);
    }

    public boolean isWithin(long unitId, long ancestorId) {
        return units.isWithin(unitId, ancestorId);
    }

    /** "Kế hoạch số 629/KH-UBND ngày 19/03/2024"; "Kế hoạch (chưa có số)" for one without a number. */
    public static String planNumber(PlanSummary p) {
        return "Kế hoạch " + (p.number() == null ? "(chưa có số)" : "số " + p.number())
                + (p.issueDate() == null ? "" : " ngày " + Formats.date(p.issueDate()));
    }

    /** What the plan is about, to follow "về": "khắc phục tồn tại …" (a leading "Kế hoạch" left out). */
    public static String topic(PlanSummary p) {
        String title = p.title() == null ? "" : p.title().strip();
        return Texts.lowerFirst(title.regionMatches(true, 0, "Kế hoạch ", 0, 9) ? title.substring(9) : title);
    }
}
