package vn.cchc.portal.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.security.RunAs;
import vn.cchc.portal.security.SystemPrincipal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live demo year at work: on the first start of a year's live plans, units report progress and the planner
 * reviews it, through the same services as in the browser (db/data/assignments/live-progress.tsv): done on time,
 * done late, in progress, overdue, a staff draft, reports waiting for review, reports returned. Then the morning
 * deadline run marks overdue work and tells the units, so every demo role has live work on its first sign-in.
 */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
@Order(30)
class LiveDemoProgress implements ApplicationRunner {

    static final String RESOURCE = "/db/data/assignments/live-progress.tsv";
    /** The progress of the live year of the 2024 structure ({@code cchc.demo.restructuring=false}). */
    static final String DISTRICTS_RESOURCE = "/db/data/assignments/live-progress-districts.tsv";

    static final String REVIEWER = "chuyenvien.snv";
    private static final Logger LOG = LoggerFactory.getLogger(LiveDemoProgress.class);

    /** One line of the progress file. */
    record Step(
            String plan,
            String item,
            String unit,
            String scenario,
            String actor,
            int percent,
            String result,
            String comment) {}

    private final PlanService plans;
    private final OrgUnitService units;
    private final AssignmentRepository assignments;
    private final ProgressUpdateRepository updates;
    private final ProgressService progress;
    private final ReviewService review;
    private final DeadlineService deadlines;
    private final RunAs runAs;
    private final Clock clock;
    private final String resource;

    LiveDemoProgress(
            PlanService plans,
            OrgUnitService units,
            AssignmentRepository assignments,
            ProgressUpdateRepository updates,
            ProgressService progress,
            ReviewService review,
            DeadlineService deadlines,
            RunAs runAs,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value(vn.cchc.portal.shared.DemoProfile.RESTRUCTURED_VALUE)
                    boolean restructured) {
        this.resource = restructured ? RESOURCE : DISTRICTS_RESOURCE;
        this.plans = plans;
        this.units = units;
        this.assignments = assignments;
        this.updates = updates;
        this.progress = progress;
        this.review = review;
        this.deadlines = deadlines;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Optional<PlanSummary> province = system(() -> plans.findByKey(key("tinh", year)));
        if (province.isEmpty() || alreadyReported(province.get().id())) {
            return;
        }
        int done = 0;
        java.util.Map<String, List<PlanItemView>> itemsOfPlan = new java.util.HashMap<>();
        for (Step step : steps(resource, year)) {
            long assignmentId = system(() -> assignment(step, year, itemsOfPlan));
            play(step, assignmentId);
            done++;
        }
        int overdue = system(deadlines::run);
        LOG.info("Live demo year {}: {} progress reports replayed, {} tasks overdue today", year, done, overdue);
    }

    private boolean alreadyReported(long planId) {
        return !updates.statesOfPlan(planId).isEmpty();
    }

    private void play(Step step, long assignmentId) {
        boolean completed = "COMPLETED".equals(step.scenario());
        long updateId = as(step.actor(), step.unit(), () -> {
            UpdateForm form = new UpdateForm();
            form.setAssignmentId(assignmentId);
            form.setAssignmentVersion(assignments.findById(assignmentId).orElseThrow().version);
            form.setCompleted(completed);
            form.setPercent(step.percent());
            form.setResult(step.result());
            return progress.saveDraft(form).updateId();
        });
        if ("DRAFT".equals(step.scenario())) {
            return;
        }
        String head = "-".equals(step.actor()) ? "-" : headOf(step.actor());
        as(head, step.unit(), () -> {
            progress.submit(updateId);
            return null;
        });
        switch (step.scenario()) {
            case "RETURNED" ->
                runAs.user(REVIEWER, () -> {
                    review.returnUpdate(updateId, step.comment());
                    return null;
                });
            case "PARTIAL", "COMPLETED" ->
                runAs.user(REVIEWER, () -> {
                    review.accept(updateId);
                    return null;
                });
            case "SUBMITTED" -> {
                // waits in the planner's review queue
            }
            default -> throw new IllegalStateException("Unknown scenario " + step.scenario());
        }
    }

    /** Staff write drafts; their head sends them. */
    private static final java.util.Map<String, String> HEADS =
            java.util.Map.of("canbo.stp", "giamdoc.stp", "congchuc.phuongpleiku", "chutich.phuongpleiku");

    private static String headOf(String actor) {
        return HEADS.getOrDefault(actor, actor);
    }

    private <T> T as(String actor, String unitCode, java.util.function.Supplier<T> work) {
        if (!"-".equals(actor)) {
            return runAs.user(actor, work);
        }
        long unitId = system(() -> units.find(unitCode).orElseThrow().id());
        return runAs.unitHead(unitId, work);
    }

    private long assignment(Step step, int year, java.util.Map<String, List<PlanItemView>> itemsOfPlan) {
        List<PlanItemView> items = itemsOfPlan.computeIfAbsent(
                step.plan(),
                plan -> plans.get(plans.findByKey(key(plan, year))
                                .orElseThrow(() -> new IllegalStateException("No live plan " + plan))
                                .id())
                        .items());
        long itemId = items.stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && step.item().equals(i.number()))
                .map(PlanItemView::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No item " + step.item() + " in " + step.plan()));
        long unitId = units.find(step.unit())
                .orElseThrow(() -> new IllegalStateException("No unit " + step.unit()))
                .id();
        return assignments.findByItemId(itemId).stream()
                .filter(a -> a.unitId == unitId)
                .map(a -> a.id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No assignment of " + step.unit() + " on " + step.plan() + " " + step.item()));
    }

    private static String key(String plan, int year) {
        return "live/" + year + "/" + plan;
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return SystemPrincipal.callAsSystem(work);
    }

    static List<Step> steps(String resource, int year) {
        List<Step> out = new ArrayList<>();
        try (InputStream in = LiveDemoProgress.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                String text = f[6].replace("{Y}", String.valueOf(year)).replace("{Y-1}", String.valueOf(year - 1));
                out.add(new Step(
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        f[4],
                        Integer.parseInt(f[5]),
                        text,
                        f.length > 7 && !f[7].isBlank() ? f[7] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
