package vn.cchc.portal.plan;

import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.BusinessException.Joined;
import vn.cchc.portal.shared.BusinessException.Text;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Signer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules for plans and items, checked in the services whatever the forms already checked. */
final class PlanValidation {

    /** Message keys shared by the services. */
    static final String STALE = "error.plan.stale";

    static final String ITEM_STALE = "error.plan.itemStale";
    static final String ALREADY_ISSUED = "error.plan.alreadyIssued";
    static final String READ_ONLY = "error.plan.readOnly";
    static final String NOT_FOUND = "error.plan.notFound";

    private PlanValidation() {}

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
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            problems.add(new BusinessException.Text("error.plan.endBeforeStart"));
        }
        if (form.getSubPlanDueWorkingDays() != null && form.getSubPlanDueWorkingDays() <= 0) {
            problems.add(new BusinessException.Text("error.plan.subPlanDaysPositive"));
        }
        if (form.getNumber() != null && form.getNumber().strip().length() > 60) {
            problems.add(new BusinessException.Text("error.plan.numberTooLong"));
        }
        if (form.getIssueDate() != null && Math.abs(form.getIssueDate().getYear() - form.getYear()) > 1) {
            problems.add(new Text(
                    "error.plan.issueDateYear",
                    Formats.date(form.getIssueDate()),
                    String.valueOf(form.getYear()),
                    String.valueOf(form.getYear() - 1),
                    String.valueOf(form.getYear() + 1)));
        }
        for (LocalDate day :
                java.util.Arrays.asList(form.getStartDate(), form.getEndDate(), form.getSubPlanDueDate())) {
            if (day != null && (day.getYear() < form.getYear() - 5 || day.getYear() > form.getYear() + 10)) {
                problems.add(new Text("error.plan.dateYear", Formats.date(day), String.valueOf(form.getYear())));
            }
        }
        // the columns' limits (V6__plan.sql): pasted text gets a message, never a database error
        tooLong(problems, form.getParentBody(), 200, "parentBody");
        tooLong(problems, form.getPlace(), 100, "place");
        tooLong(problems, form.getPreamble(), LONG_TEXT, "preamble");
        tooLong(problems, form.getLegalBases(), LONG_TEXT, "legalBases");
        tooLong(problems, form.getPurpose(), LONG_TEXT, "purpose");
        tooLong(problems, form.getRequirements(), LONG_TEXT, "requirements");
        tooLong(problems, form.getImplementation(), LONG_TEXT, "implementation");
        tooLong(problems, form.getRecipients(), 4000, "recipients");
        tooLong(problems, form.getSigner().authority(), Signer.MAX, "signerAuthority");
        tooLong(problems, form.getSigner().title(), Signer.MAX, "signerTitle");
        tooLong(problems, form.getSigner().name(), Signer.MAX, "signerName");
        fail(problems);
    }

    /** Longest title of an item (plan_item.title). */
    static final int ITEM_TITLE = 2000;
    /** Longest goal, tasks and long header sections (varchar(20000)). */
    static final int LONG_TEXT = 20000;

    /** A text longer than its column; the field is named by its label key ({@code audit.field.PLAN.<field>}). */
    private static void tooLong(List<Text> problems, String value, int max, String field) {
        tooLong(problems, value, max, "PLAN", field);
    }

    private static void tooLong(List<Text> problems, String value, int max, String subject, String field) {
        if (value != null && value.length() > max) {
            problems.add(new Text(
                    "error.text.tooLong", new Text("audit.field." + subject + "." + field), value.length(), max));
        }
    }

    /** An item's deadline against its plan: not before the plan starts, not in an absurd year. */
    static void itemDeadline(Plan plan, PlanItemForm form) {
        LocalDate deadline = form.getDeadline();
        if (deadline == null) {
            return;
        }
        if (plan.startDate != null && deadline.isBefore(plan.startDate)) {
            throw BusinessException.of(
                    "error.item.deadlineBeforeStart", Formats.date(deadline), Formats.date(plan.startDate));
        }
        if (deadline.getYear() < plan.year - 1 || deadline.getYear() > plan.year + 10) {
            throw BusinessException.of("error.item.deadlineYear", Formats.date(deadline), String.valueOf(plan.year));
        }
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
        if (form.getKind() == PlanItemKind.GROUP
                && (form.getLeadUnitId() != null || !form.getAssignees().isEmpty())) {
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
        tooLong(problems, form.getTitle(), ITEM_TITLE, "PLAN_ITEM", "title");
        tooLong(problems, form.getGoal(), LONG_TEXT, "PLAN_ITEM", "goal");
        tooLong(problems, form.getTasks(), LONG_TEXT, "PLAN_ITEM", "tasks");
        tooLong(problems, form.getCoordinatingNote(), 2000, "PLAN_ITEM", "coordinatingNote");
        if (form.getDeadlineTime() != null && form.getDeadline() == null) {
            problems.add(new BusinessException.Text("error.item.timeWithoutDate"));
        }
        if (form.getExclusions().stream()
                .anyMatch(x -> x.getReason() == null || x.getReason().isBlank())) {
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
        List<PlanItem> work =
                items.stream().filter(i -> i.kind == PlanItemKind.ITEM).toList();
        if (work.isEmpty()) {
            problems.add(new BusinessException.Text("error.plan.issue.noItems"));
        }
        List<String> noLead = work.stream()
                .filter(i -> !i.hasLead())
                .map(i -> i.number == null ? (i.title == null ? "#" + i.id : i.title) : i.number)
                .toList();
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
