package vn.cchc.portal.assignment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.ItemAssignee;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanIssued;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a plan is issued: one assignment per (item, responsible unit) — the lead unit
 * and every coordinating/implementing unit, groups expanded to the units they hold on the issue day (within the
 * issuing unit, so a district plan's "UBND cấp xã" means that district's communes). Units of a plan in force
 * are told after the issue commits ({@link TasksAssigned}); plans of past years loaded as closed are not announced.
 */
@Component
class AssignmentFactory {

    private final PlanService plans;
    private final OrgUnitService units;
    private final AssignmentRepository assignments;
    private final AssignmentAuditor auditor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentFactory(PlanService plans, OrgUnitService units, AssignmentRepository assignments,
                      AssignmentAuditor auditor, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.assignments = assignments;
        this.auditor = auditor;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onPlanIssued(PlanIssued event) {
        if (assignments.existsByPlanId(event.planId())) {
            return;
        }
        PlanDetail plan = plans.get(event.planId());
        PlanHeaderForm header = plan.header();
        LocalDate day = header.getIssueDate() == null ? LocalDate.now(clock) : header.getIssueDate();
        LocalDate defaultDue = header.getEndDate() != null ? header.getEndDate()
                : LocalDate.of(header.getYear(), 12, 31);
        Map<OrgUnitGroup, List<Long>> expanded = new EnumMap<>(OrgUnitGroup.class);
        List<Assignment> created = new ArrayList<>();
        Instant now = clock.instant();
        String user = auditor.username();
        for (PlanItemView item : plan.items()) {
            if (item.kind() != PlanItemKind.ITEM) {
                continue;
            }
            Map<Long, AssignmentRole> responsible = new LinkedHashMap<>();
            if (item.leadUnitId() != null) {
                responsible.put(item.leadUnitId(), AssignmentRole.LEAD);
            }
            for (ItemAssignee assignee : item.assignees()) {
                List<Long> ids = assignee.getUnitId() != null ? List.of(assignee.getUnitId())
                        : expanded.computeIfAbsent(assignee.getGroup(), g -> units
                        .expandWithin(g, header.getIssuingUnitId(), day).stream().map(OrgUnitSummary::id).toList());
                ids.forEach(id -> responsible.putIfAbsent(id, AssignmentRole.COORDINATING));
            }
            LocalDate due = item.deadline() != null ? item.deadline() : defaultDue;
            responsible.forEach((unitId, role) -> {
                Assignment a = new Assignment();
                a.planId = event.planId();
                a.itemId = item.id();
                a.unitId = unitId;
                a.role = role;
                a.dueDate = due;
                a.createdAt = now;
                a.updatedAt = now;
                a.updatedBy = user;
                created.add(a);
            });
        }
        assignments.saveAll(created);
        assignments.flush();
        for (Assignment a : created) {
            auditor.record(a.id, null, "ASSIGNED", "unit", null, a.unitId);
            auditor.record(a.id, null, "ASSIGNED", "role", null, a.role);
            auditor.record(a.id, null, "ASSIGNED", "dueDate", null, a.dueDate);
        }
        if (plan.summary().status() == PlanStatus.ISSUED && !created.isEmpty()) {
            events.publishEvent(new TasksAssigned(event.planId()));
        }
    }
}
