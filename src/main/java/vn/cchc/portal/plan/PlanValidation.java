package vn.cchc.portal.plan;

import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.BusinessException.Joined;
import vn.cchc.portal.shared.BusinessException.Text;

import java.util.ArrayList;
import java.util.List;

/** Rules for plans and items, checked in the services whatever the forms already checked. */
final class PlanValidation {

    /** Message keys shared by the services. */
    static final String STALE = "error.plan.stale";
    static final String ITEM_STALE = "error.plan.itemStale";
    static final String READ_ONLY = "error.plan.readOnly";
    static final String NOT_FOUND = "error.plan.notFound";

    private PlanValidation() {
    }

    static void header(PlanHeaderForm form) {
        List<Text> problems = new ArrayList<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.add(new BusinessException.Text("error.plan.titleRequired"));
        } else if (form.getTitle().strip().length() > 1000) {
            problems.add(new BusinessException.Text("error.plan.titleTooLong"));
        }
        if (form.getIssuingUnitId() == null) {
            problems.add(new BusinessException.Text("error.plan.issuerRequired"));
        }
        if (form.getKind() == null) {
            problems.add(new BusinessException.Text("error.plan.kindRequired"));
        }
        if (form.getYear() < 2000 || form.getYear() > 2100) {
            problems.add(new BusinessException.Text("error.plan.yearRange"));
        }
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            problems.add(new BusinessException.Text("error.plan.endBeforeStart"));
        }
        if (form.getSubPlanDueWorkingDays() != null && form.getSubPlanDueWorkingDays() <= 0) {
            problems.add(new BusinessException.Text("error.plan.subPlanDaysPositive"));
        }
        if (form.getNumber() != null && form.getNumber().strip().length() > 60) {
            problems.add(new BusinessException.Text("error.plan.numberTooLong"));
        }
        fail(problems);
    }

    static void item(PlanItemForm form) {
        List<Text> problems = new ArrayList<>();
        if (form.getKind() == null) {
            problems.add(new BusinessException.Text("error.item.kindRequired"));
        }
        boolean hasTitle = form.getTitle() != null && !form.getTitle().isBlank();
        boolean hasGoal = form.getGoal() != null && !form.getGoal().isBlank();
        boolean hasTasks = form.getTasks() != null && !form.getTasks().isBlank();
        if (!hasTitle && !hasGoal && !hasTasks) {
            problems.add(new BusinessException.Text("error.item.empty"));
        }
        if (form.getKind() == PlanItemKind.GROUP && (form.getLeadUnitId() != null || !form.getAssignees().isEmpty())) {
            problems.add(new BusinessException.Text("error.item.groupHasUnits"));
        }
        if (form.getNumber() != null && form.getNumber().strip().length() > 20) {
            problems.add(new BusinessException.Text("error.item.numberTooLong"));
        }
        if (form.getTimeframe() != null && form.getTimeframe().strip().length() > 500) {
            problems.add(new BusinessException.Text("error.item.timeframeTooLong"));
        }
        if (form.getLeadText() != null && form.getLeadText().length() > 2000) {
            problems.add(new BusinessException.Text("error.item.leadTextTooLong"));
        }
        if (form.getCoordinatingText() != null && form.getCoordinatingText().length() > 4000) {
            problems.add(new BusinessException.Text("error.item.coordinatingTextTooLong"));
        }
        if (form.getDeadlineTime() != null && form.getDeadline() == null) {
            problems.add(new BusinessException.Text("error.item.timeWithoutDate"));
        }
        if (form.getExclusions().stream().anyMatch(x -> x.getReason() == null || x.getReason().isBlank())) {
            problems.add(new BusinessException.Text("error.item.exclusionReason"));
        }
        fail(problems);
    }

    /** Everything an issued plan needs, all problems listed at once. */
    static void issue(Plan plan, List<PlanItem> items) {
        List<Text> problems = new ArrayList<>();
        if (plan.number == null || plan.number.isBlank()) {
            problems.add(new BusinessException.Text("error.plan.issue.noNumber"));
        }
        if (plan.issueDate == null) {
            problems.add(new BusinessException.Text("error.plan.issue.noIssueDate"));
        }
        if (plan.signerName == null || plan.signerTitle == null) {
            problems.add(new BusinessException.Text("error.plan.issue.noSigner"));
        }
        List<PlanItem> work = items.stream().filter(i -> i.kind == PlanItemKind.ITEM).toList();
        if (work.isEmpty()) {
            problems.add(new BusinessException.Text("error.plan.issue.noItems"));
        }
        List<String> noLead = work.stream().filter(i -> !i.hasLead())
                .map(i -> i.number == null ? (i.title == null ? "#" + i.id : i.title) : i.number).toList();
        if (!noLead.isEmpty()) {
            problems.add(new BusinessException.Text("error.plan.issue.noLead", new Joined(", ", noLead)));
        }
        if (!problems.isEmpty()) {
            throw BusinessException.of("error.plan.cannotIssue", new Joined("; ", problems));
        }
    }

    private static void fail(List<Text> problems) {
        if (!problems.isEmpty()) {
            throw BusinessException.of("error.plan.problems", new Joined(" ", problems));
        }
    }
}
