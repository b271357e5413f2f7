package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting periods of plans. A plan gets them with its header — a draft too, so the planner sees them — and
 * gets them anew while it is a draft whenever its cadence, year or dates change; once issued they stay as they
 * are, since progress reports refer to them.
 */
@Service
@Transactional(readOnly = true)
public class ReportingPeriodService {

    private final ReportingPeriodRepository periods;

    ReportingPeriodService(ReportingPeriodRepository periods) {
        this.periods = periods;
    }

    /** A plan's periods in order. */
    @PreAuthorize("isAuthenticated()")
    public List<PeriodView> ofPlan(long planId) {
        return periods.findByPlanIdOrderBySeq(planId).stream()
                .map(ReportingPeriod::view)
                .toList();
    }

    /** The periods of several plans, each plan's in order, read at once. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<PeriodView>> ofPlans(Collection<Long> planIds) {
        Map<Long, List<PeriodView>> out = new HashMap<>();
        planIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        if (!planIds.isEmpty()) {
            periods.findByPlanIdInOrderByPlanIdAscSeqAsc(planIds)
                    .forEach(p -> out.get(p.planId).add(p.view()));
        }
        return out;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PeriodView> get(long periodId) {
        return periods.findById(periodId).map(ReportingPeriod::view);
    }

    /** Several periods by id, read at once; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PeriodView> get(Collection<Long> periodIds) {
        Map<Long, PeriodView> out = new HashMap<>();
        if (!periodIds.isEmpty()) {
            periods.findAllById(periodIds).forEach(p -> out.put(p.id, p.view()));
        }
        return out;
    }

    /** The periods of every plan whose reports are due on one of the given days. */
    @PreAuthorize("isAuthenticated()")
    public List<PeriodView> dueOn(Collection<LocalDate> days) {
        return days.isEmpty()
                ? List.of()
                : periods.findByDueDateInOrderByDueDateAscPlanIdAscSeqAsc(days).stream()
                        .map(ReportingPeriod::view)
                        .toList();
    }

    /**
     * Gives a plan the periods its cadence, year and dates call for. A draft's periods are replaced when they
     * differ; a plan past its draft keeps the ones it has (it gets them only if it has none, e.g. when loaded
     * issued).
     */
    @Transactional
    void generate(Plan plan) {
        List<ReportingPeriods.Period> wanted =
                ReportingPeriods.of(plan.reportingCadence, plan.year, plan.issueDate, plan.startDate, plan.endDate)
                        .stream()
                        .map(p -> dueAsPrinted(p, plan))
                        .toList();
        List<ReportingPeriod> current = periods.findByPlanIdOrderBySeq(plan.id);
        boolean same = current.size() == wanted.size()
                && java.util.stream.IntStream.range(0, wanted.size())
                        .allMatch(i -> current.get(i).is(wanted.get(i)));
        if (same || !current.isEmpty() && plan.status != PlanStatus.DRAFT) {
            return;
        }
        periods.deleteAllInBatch(current);
        periods.saveAllAndFlush(
                wanted.stream().map(p -> ReportingPeriod.of(plan.id, p)).toList());
    }

    /** Interim and final reports are due when the plan says ("trước ngày 02/7/2024" is due on 01/07/2024). */
    private static ReportingPeriods.Period dueAsPrinted(ReportingPeriods.Period period, Plan plan) {
        MilestoneKind kind = switch (period.kind()) {
            case INTERIM -> MilestoneKind.INTERIM_REPORT_DUE;
            case FINAL -> MilestoneKind.FINAL_REPORT_DUE;
            default -> null;
        };
        return kind == null
                ? period
                : plan.milestones.stream()
                        .filter(m -> m.getKind() == kind)
                        .findFirst()
                        .map(m -> new ReportingPeriods.Period(
                                period.seq(),
                                period.kind(),
                                period.label(),
                                period.start(),
                                period.end(),
                                m.getDueDate()))
                        .orElse(period);
    }
}
