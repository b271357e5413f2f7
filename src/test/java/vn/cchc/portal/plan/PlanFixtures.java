package vn.cchc.portal.plan;

import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;

import java.time.LocalDate;
import java.util.List;

/** Builds plans and items for plan tests through the public services. */
final class PlanFixtures {

    private final PlanService plans;
    private final PlanItemService items;
    private final OrgUnitService units;

    PlanFixtures(PlanService plans, PlanItemService items, OrgUnitService units) {
        this.plans = plans;
        this.items = items;
        this.units = units;
    }

    long unit(String codeOrName) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(codeOrName) || u.name().equals(codeOrName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    PlanHeaderForm header(String issuer, String title) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.setIssuingUnitId(unit(issuer));
        form.setKind(PlanKind.ANNUAL);
        form.setYear(2026);
        form.setTitle(title);
        return form;
    }

    long draft(String issuer, String title) {
        return plans.create(header(issuer, title)).id();
    }

    long group(long planId, String number, String title) {
        PlanItemForm form = new PlanItemForm();
        form.setPlanId(planId);
        form.setKind(PlanItemKind.GROUP);
        form.setNumber(number);
        form.setTitle(title);
        return items.add(form);
    }

    long item(long planId, Long parentId, String number, String goal, String lead, List<ItemAssignee> assignees) {
        PlanItemForm form = new PlanItemForm();
        form.setPlanId(planId);
        form.setParentId(parentId);
        form.setKind(PlanItemKind.ITEM);
        form.setNumber(number);
        form.setTitle("Nhiệm vụ " + number);
        form.setGoal(goal);
        form.setLeadUnitId(lead == null ? null : unit(lead));
        form.setAssignees(assignees);
        form.setTimeframe("Trong năm 2026");
        return items.add(form);
    }

    /** A draft with a number, date and signer, ready to be issued once it has items. */
    void sign(long planId, String number) {
        PlanHeaderForm form = plans.get(planId).header();
        form.setNumber(number);
        form.setIssueDate(LocalDate.of(form.getYear(), 1, 15)); // early in the plan's own year
        form.setSigner(
                new vn.cchc.portal.shared.Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn A"));
        plans.updateHeader(form);
    }

    static List<ItemAssignee> groups(OrgUnitGroup... groups) {
        return java.util.Arrays.stream(groups).map(ItemAssignee::group).toList();
    }
}
