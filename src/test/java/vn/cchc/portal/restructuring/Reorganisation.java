package vn.cchc.portal.restructuring;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.plan.ItemAssignee;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.security.UserForm;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Signer;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A small province of its own for reorganisation tests, made through the real services: district "Huyện Thử Sắp
 * Xếp" with communes "Xã Thử Một", "Xã Thử Hai", "Xã Thử Ba" (since 2020), and, from 01/7/2025 directly under the
 * province, "Phường Thử Mới" and "Xã Thử Mới". The units are ended by the tests themselves (on 30/6/2025).
 */
final class Reorganisation {

    static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    final long province;
    final long district;
    final long communeOne;
    final long communeTwo;
    final long communeThree;
    final long ward;
    final long newCommune;

    private final OrgUnitService units;
    private final PlanService plans;
    private final PlanItemService items;
    private final UserService userService;
    private final UserDetailsService users;
    private final MutableClock clock;
    private final AssignmentService assignments;
    private final ProgressService progress;
    private final ReviewService reviews;

    /** Builds the area with the services of the test's context, on 02/03/2025. */
    Reorganisation(ApplicationContext context) {
        OrgUnitAdministration administration = context.getBean(OrgUnitAdministration.class);
        this.units = context.getBean(OrgUnitService.class);
        this.plans = context.getBean(PlanService.class);
        this.items = context.getBean(PlanItemService.class);
        this.userService = context.getBean(UserService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.clock = context.getBean(MutableClock.class);
        this.assignments = context.getBean(AssignmentService.class);
        this.progress = context.getBean(ProgressService.class);
        this.reviews = context.getBean(ReviewService.class);
        clock.setDay(LocalDate.of(2025, 3, 2));
        SignIn.as(users, "admin");
        province = units.find("UBT").orElseThrow().id();
        LocalDate since = LocalDate.of(2020, 1, 1);
        district = administration
                .create(unit(province, OrgUnitKind.DISTRICT, "F15-H", "Huyện Thử Sắp Xếp", since))
                .id();
        communeOne = administration
                .create(unit(district, OrgUnitKind.COMMUNE, "F15-X1", "Xã Thử Một", since))
                .id();
        communeTwo = administration
                .create(unit(district, OrgUnitKind.COMMUNE, "F15-X2", "Xã Thử Hai", since))
                .id();
        communeThree = administration
                .create(unit(district, OrgUnitKind.COMMUNE, "F15-X3", "Xã Thử Ba", since))
                .id();
        ward = administration
                .create(unit(province, OrgUnitKind.COMMUNE, "F15-P", "Phường Thử Mới", EFFECTIVE))
                .id();
        newCommune = administration
                .create(unit(province, OrgUnitKind.COMMUNE, "F15-XM", "Xã Thử Mới", EFFECTIVE))
                .id();
    }

    private static UnitForm unit(long parent, OrgUnitKind kind, String code, String name, LocalDate from) {
        UnitForm form = UnitForm.under(parent, kind, from);
        form.setCode(code);
        form.setName(name);
        return form;
    }

    /** As the administrator: a unit head account of a unit active today. */
    long headOf(long unitId, String username) {
        SignIn.as(users, "admin");
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Trần Thị Thử");
        form.setUnitId(unitId);
        form.setRoles(EnumSet.of(Role.UNIT_HEAD));
        form.setPassword("Hoa-Sen-2026");
        return userService.create(form).id();
    }

    /** As the planner: an issued plan of the issuer with one item per lead unit, each due at the end of 2025. */
    long issuedPlan(long issuer, String number, LocalDate issued, List<ItemAssignee> leads) {
        SignIn.as(users, "chuyenvien.snv");
        clock.setDay(issued);
        PlanHeaderForm header = new PlanHeaderForm();
        header.setIssuingUnitId(issuer);
        header.setKind(PlanKind.ANNUAL);
        header.setYear(issued.getYear());
        header.setTitle("Kế hoạch thử sắp xếp " + number);
        header.setReportingCadence(ReportingCadence.QUARTERLY);
        long planId = plans.create(header).id();
        int n = 1;
        for (ItemAssignee lead : leads) {
            PlanItemForm item = new PlanItemForm();
            item.setPlanId(planId);
            item.setKind(PlanItemKind.ITEM);
            item.setNumber(String.valueOf(n));
            item.setTitle("Nhiệm vụ thử " + n++);
            item.setGoal("Hoàn thành trong năm");
            if (lead.getUnitId() != null) {
                item.setLeadUnitId(lead.getUnitId());
            } else {
                item.setAssignees(List.of(lead.asLead(true)));
            }
            item.setDeadline(LocalDate.of(2025, 12, 31));
            items.add(item);
        }
        PlanHeaderForm sign = plans.get(planId).header();
        sign.setNumber(number);
        sign.setIssueDate(issued);
        sign.setSigner(new Signer(sign.getSigner().authority(), "CHỦ TỊCH", "Nguyễn Văn A"));
        plans.updateHeader(sign);
        plans.issue(planId);
        return planId;
    }

    /** As the planner: the unit's (first) task in the plan. */
    AssignmentSummary taskOf(long planId, long unitId) {
        SignIn.as(users, "chuyenvien.snv");
        return assignments.ofPlan(planId).stream()
                .filter(a -> a.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The unit's head (a new account) reports progress on the task and sends it; the planner accepts it when asked.
     * Returns the report's id.
     */
    long reported(long taskId, long unitId, String head, int percent, String result, boolean accepted) {
        headOf(unitId, head);
        SignIn.as(users, head);
        UpdateForm report = UpdateForm.of(assignments.get(taskId));
        report.setPercent(percent);
        report.setResult(result);
        long update = progress.saveDraft(report).updateId();
        progress.submit(update);
        if (accepted) {
            SignIn.as(users, "chuyenvien.snv");
            reviews.accept(update);
        }
        return update;
    }

    /** As the administrator: "Xã Thử Một" and "Xã Thử Hai" end on 30/6/2025, merged into "Phường Thử Mới". */
    void mergeTheFirstTwoCommunesIntoTheWard() {
        SignIn.as(users, "admin");
        units.end(communeOne, LAST_DAY, ward);
        units.end(communeTwo, LAST_DAY, ward);
    }

    static ItemAssignee unitLead(long unitId) {
        return ItemAssignee.unit(unitId);
    }

    static ItemAssignee allCommunes() {
        return ItemAssignee.group(OrgUnitGroup.ALL_COMMUNE_COMMITTEES);
    }
}
