package vn.cchc.portal.assignment;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.shared.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Việc của đơn vị" as one database query: a unit's assignments in plans in force, with the screen's filters,
 * overdue work first, then by due date. Statuses are the ones lists show: work past its due date and not done is
 * overdue whether or not the daily run has marked it yet.
 */
@Component
class TaskSearch {

    static final Set<AssignmentStatus> DONE = EnumSet.of(AssignmentStatus.DONE_ON_TIME, AssignmentStatus.DONE_LATE);
    static final Set<AssignmentStatus> OPEN = EnumSet.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS);

    private final PlanService plans;
    private final ReportingPeriodService periods;
    private final Clock clock;

    TaskSearch(PlanService plans, ReportingPeriodService periods, Clock clock) {
        this.plans = plans;
        this.periods = periods;
        this.clock = clock;
    }

    Specification<Assignment> of(TaskFilter filter, long unitId) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> inForce = plans.idsInForce();
        Set<Long> planIds = filter.planId() == null
                ? inForce
                : inForce.contains(filter.planId()) ? Set.of(filter.planId()) : Set.of();
        PeriodView period = filter.periodId() == null
                ? null
                : periods.get(filter.periodId()).orElse(null);
        String words = Texts.fold(filter.query());
        Set<Long> items = words.isEmpty() ? null : matchingItems(planIds, words);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("unitId"), unitId));
            where.add(in(root.get("planId"), planIds, cb));
            if (filter.periodId() != null) {
                where.add(period == null ? cb.disjunction() : notReported(period, root, query, cb));
            }
            if (filter.status() != null) {
                where.add(hasStatus(filter.status(), root, cb, today));
            }
            if (filter.dueSoon()) {
                where.add(cb.not(root.get("status").in(DONE)));
                where.add(cb.between(root.get("dueDate"), today, today.plusDays(7)));
            }
            if (filter.overdueOnly()) {
                where.add(overdue(root, cb, today));
            }
            if (items != null) {
                where.add(in(root.get("itemId"), items, cb));
            }
            if (!Long.class.equals(query.getResultType())) {
                query.orderBy(
                        cb.asc(cb.selectCase().when(overdue(root, cb, today), 0).otherwise(1)),
                        cb.asc(root.get("dueDate")),
                        cb.asc(root.get("id")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Not done, and no report submitted or accepted for the period (which belongs to the assignment's plan). */
    private static Predicate notReported(
            PeriodView period,
            Root<Assignment> root,
            jakarta.persistence.criteria.CriteriaQuery<?> query,
            CriteriaBuilder cb) {
        Subquery<Long> reported = query.subquery(Long.class);
        Root<ProgressUpdate> update = reported.from(ProgressUpdate.class);
        reported.select(update.get("assignmentId"))
                .where(
                        cb.equal(update.get("periodId"), period.id()),
                        update.get("state").in(UpdateState.SUBMITTED, UpdateState.ACCEPTED));
        return cb.and(
                cb.equal(root.get("planId"), period.planId()),
                cb.not(root.get("status").in(DONE)),
                cb.not(root.get("id").in(reported)));
    }

    private static Predicate hasStatus(
            AssignmentStatus status, Root<Assignment> root, CriteriaBuilder cb, LocalDate today) {
        if (status == AssignmentStatus.OVERDUE) {
            return overdue(root, cb, today);
        }
        Predicate same = cb.equal(root.get("status"), status);
        return OPEN.contains(status) ? cb.and(same, cb.greaterThanOrEqualTo(root.get("dueDate"), today)) : same;
    }

    /** As {@link AssignmentViews#effectiveStatus}: marked overdue, or open and past its due date. */
    private static Predicate overdue(Root<Assignment> root, CriteriaBuilder cb, LocalDate today) {
        return cb.or(
                cb.equal(root.get("status"), AssignmentStatus.OVERDUE),
                cb.and(root.get("status").in(OPEN), cb.lessThan(root.get("dueDate"), today)));
    }

    private static Predicate in(
            jakarta.persistence.criteria.Path<Long> path, Collection<Long> ids, CriteriaBuilder cb) {
        return ids.isEmpty() ? cb.disjunction() : path.in(ids);
    }

    /** Items whose plan number and title, label and goal, as lists show them, hold every word of the query. */
    private Set<Long> matchingItems(Set<Long> planIds, String words) {
        Set<Long> out = new HashSet<>();
        for (PlanDetail plan : plans.details(planIds).values()) {
            String planText = String.valueOf(plan.summary().number()) + " "
                    + plan.summary().title();
            plan.items().stream()
                    .filter(i -> i.kind() == PlanItemKind.ITEM)
                    .filter(i -> Texts.matchesKey(
                            words,
                            Texts.fold(String.join(
                                    " ",
                                    planText,
                                    AssignmentViews.label(i),
                                    AssignmentViews.goal(i) == null ? "" : AssignmentViews.goal(i)))))
                    .forEach(i -> out.add(i.id()));
        }
        return out;
    }
}
