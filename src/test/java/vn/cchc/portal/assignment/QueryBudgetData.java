package vn.cchc.portal.assignment;

import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.PlanVersionService;

import java.time.LocalDate;
import java.util.List;

/**
 * Working data on top of the demo plans, through the real services: the campaign plan 629 copied to 2026 and
 * issued (assignments for every unit it names), units reporting on it (drafts, submitted, accepted and returned
 * updates), a "wide" copy whose sections are repeated to give one plan many times the items, and drafts.
 */
final class QueryBudgetData {

    static final int YEAR = 2026;

    private final AssignmentFixtures fixtures;
    private final PlanService plans;
    private final PlanItemService items;
    private final PlanVersionService versions;
    private final AssignmentService assignments;
    private final ProgressService progress;
    private final ReviewService reviews;
    private int numbers;

    QueryBudgetData(
            AssignmentFixtures fixtures,
            PlanService plans,
            PlanItemService items,
            PlanVersionService versions,
            AssignmentService assignments,
            ProgressService progress,
            ReviewService reviews) {
        this.fixtures = fixtures;
        this.plans = plans;
        this.items = items;
        this.versions = versions;
        this.assignments = assignments;
        this.progress = progress;
        this.reviews = reviews;
    }

    /** A demo plan by its number ("1908/KH-UBND"). */
    long demoPlan(String number) {
        fixtures.signInAs("chuyenvien.snv");
        return plans.list(PlanFilter.all()).stream()
                .filter(p -> number.equals(p.number()))
                .map(PlanSummary::id)
                .findFirst()
                .orElseThrow();
    }

    /** Plan 629 copied to 2026 with its sections repeated the given number of times, issued and reported on. */
    long issuedCampaign(int times) {
        long planId = issuedCopy(demoPlan("629/KH-UBND"), times);
        report(planId);
        return planId;
    }

    /** Draft plans of Sở Tư pháp, written by the planner. */
    void drafts(int count) {
        fixtures.signInAs("chuyenvien.snv");
        for (int i = 0; i < count; i++) {
            PlanHeaderForm header = new PlanHeaderForm();
            header.setIssuingUnitId(fixtures.unit("STP"));
            header.setKind(PlanKind.ANNUAL);
            header.setYear(YEAR);
            header.setTitle("Kế hoạch cải cách hành chính năm 2026, dự thảo " + (i + 1));
            plans.create(header);
        }
    }

    private long issuedCopy(long sourceId, int times) {
        fixtures.signInAs("chuyenvien.snv");
        long copy = versions.copyToYear(sourceId, YEAR).id();
        List<Long> roots = plans.get(copy).items().stream()
                .filter(i -> i.parentId() == null)
                .filter(i -> i.kind() == PlanItemKind.GROUP)
                .map(PlanItemView::id)
                .toList();
        long snv = fixtures.unit("SNV");
        plans.get(copy).items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && i.leadUnitId() == null)
                .forEach(i -> {
                    PlanItemForm form = PlanItemForm.of(i, copy);
                    form.setLeadUnitId(snv);
                    items.update(form);
                });
        for (int k = 1; k < times; k++) {
            roots.forEach(root -> items.duplicate(copy, root));
        }
        PlanHeaderForm header = plans.get(copy).header();
        header.setNumber((900 + ++numbers) + "/KH-UBND");
        header.setIssueDate(LocalDate.of(YEAR, 1, 15));
        header.setSigner(header.getSigner().withName("Nguyễn Văn A"));
        plans.updateHeader(header);
        plans.issue(copy);
        return copy;
    }

    /**
     * Sở Tư pháp and Huyện Chư Prông report on up to six of their tasks each: two stay submitted (the review
     * queue), two are accepted, one is returned, one stays a draft.
     */
    private void report(long planId) {
        for (String head : List.of("giamdoc.stp", "chutich.chuprong")) {
            fixtures.signInAs(head);
            List<AssignmentSummary> tasks =
                    assignments.myUnitTasks(new TaskFilter(planId, null, null, false, false, null));
            List<Long> drafts = tasks.stream()
                    .limit(6)
                    .map(task -> {
                        UpdateForm form = UpdateForm.of(assignments.get(task.id()));
                        form.setPercent(50);
                        form.setResult("Đã triển khai " + task.itemNumber());
                        return progress.saveDraft(form).updateId();
                    })
                    .toList();
            drafts.stream().limit(5).forEach(progress::submit);
            fixtures.signInAs("chuyenvien.snv");
            drafts.stream().skip(2).limit(2).forEach(reviews::accept);
            drafts.stream().skip(4).limit(1).forEach(id -> reviews.returnUpdate(id, "Bổ sung minh chứng."));
        }
    }
}
