package vn.cchc.portal.assignment;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.ItemAssignee;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingCadence;

import java.time.LocalDate;
import java.util.List;

/** Issues plans through the real services and switches the signed-in user, for assignment tests. */
public final class AssignmentFixtures {

    private final PlanService plans;
    private final PlanItemService items;
    private final OrgUnitService units;
    private final UserDetailsService users;

    public AssignmentFixtures(
            PlanService plans, PlanItemService items, OrgUnitService units, UserDetailsService users) {
        this.plans = plans;
        this.items = items;
        this.units = units;
        this.users = users;
    }

    public void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** "UBND cấp huyện" while districts are in force on the day, else "UBND cấp xã". */
    private OrgUnitGroup localCommittees(LocalDate day) {
        return units.expand(OrgUnitGroup.ALL_DISTRICT_COMMITTEES, day).isEmpty()
                ? OrgUnitGroup.ALL_COMMUNE_COMMITTEES
                : OrgUnitGroup.ALL_DISTRICT_COMMITTEES;
    }

    /** How many units "UBND cấp xã" names in a plan issued on the day (the communes and wards since 01/07/2025). */
    public int communesAndWards(LocalDate day) {
        return units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, day).size();
    }

    public long unit(String codeOrName) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(codeOrName) || u.name().equals(codeOrName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /**
     * As the planner: a plan of the year with one item led by Sở Tư pháp, with Sở Nội vụ and every local committee
     * of the level below the province coordinating (the districts while they are in force, else the communes and
     * wards), due on the given day; issued on the given day.
     */
    public long issuedPlan(String number, LocalDate issued, LocalDate due) {
        long planId = readyDraft(number, issued, due);
        plans.issue(planId);
        return planId;
    }

    /** The plan of {@link #issuedPlan}, signed and numbered but not issued yet. */
    public long draftPlan(String number, LocalDate issued, LocalDate due) {
        return readyDraft(number, issued, due);
    }

    /** As {@link #issuedPlan} but left a draft that has everything it needs to be issued. */
    public long readyDraft(String number, LocalDate issued, LocalDate due) {
        signInAs("chuyenvien.snv");
        PlanHeaderForm header = new PlanHeaderForm();
        header.setIssuingUnitId(unit("UBT"));
        header.setKind(PlanKind.ANNUAL);
        header.setYear(issued.getYear());
        header.setTitle("Kế hoạch thử giao việc " + number);
        header.setReportingCadence(ReportingCadence.QUARTERLY);
        long planId = plans.create(header).id();
        PlanItemForm item = new PlanItemForm();
        item.setPlanId(planId);
        item.setKind(PlanItemKind.ITEM);
        item.setNumber("1");
        item.setTitle("Rà soát văn bản quy phạm pháp luật");
        item.setGoal("100% văn bản QPPL được rà soát");
        item.setLeadUnitId(unit("STP"));
        item.setAssignees(List.of(ItemAssignee.unit(unit("SNV")), ItemAssignee.group(localCommittees(issued))));
        item.setDeadline(due);
        items.add(item);
        PlanHeaderForm sign = plans.get(planId).header();
        sign.setNumber(number);
        sign.setIssueDate(issued);
        sign.setSigner(sign.getSigner().withTitle("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").withName("Nguyễn Văn A"));
        plans.updateHeader(sign);
        return planId;
    }
}
