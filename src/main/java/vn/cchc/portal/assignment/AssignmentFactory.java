package vn.cchc.portal.assignment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.Addressing;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.ItemAssignee;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanHeader;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a plan is issued: the assignments of the units it addresses. A plan addresses the
 * level directly below its issuer as the structure stands on its issue date (see
 * {@link OrgUnitService#addressing(long, LocalDate)}): work the plan names for a commune
 * goes to the district that holds it, which passes it on in its own plan; after 01/7/2025, with no districts, to the
 * commune or ward itself. One assignment per unit and criterion
 * item: a narrative item that spells out the tasks of an appendix row gets no assignments of its own (the row's
 * do), and its leads lead the row too. Every unit a lead group holds leads its own part; units the item excludes
 * get nothing. An item a sub-plan carries down from its parent is not assigned again to the sub-plan's issuer, who
 * already holds it in the parent plan. Units of a plan in force are told after the issue commits
 * ({@link TasksAssigned}); plans of past years loaded as closed are not announced.
 */
@Component
class AssignmentFactory {

    private final PlanService plans;
    private final OrgUnitService units;
    private final AssignmentRepository assignments;
    private final AssignmentAuditor auditor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentFactory(
            PlanService plans,
            OrgUnitService units,
            AssignmentRepository assignments,
            AssignmentAuditor auditor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.units = units;
        this.assignments = assignments;
        this.auditor = auditor;
        this.events = events;
        this.clock = clock;
    }

    /** One unit's part of an item while the assignments of a plan are worked out. */
    private static final class Part {
        AssignmentRole role;
        boolean passOn;

        Part(AssignmentRole role, boolean passOn) {
            this.role = role;
            this.passOn = passOn;
        }
    }

    @EventListener
    @Transactional
    public void onPlanIssued(PlanIssued event) {
        if (assignments.existsByPlanId(event.planId())) {
            return;
        }
        PlanDetail plan = plans.get(event.planId());
        List<Assignment> created = assignmentsOf(plan);
        assignments.saveAll(created);
        assignments.flush();
        for (Assignment a : created) {
            auditor.record(a.id, null, "ASSIGNED", "unit", null, a.unitId);
            auditor.record(a.id, null, "ASSIGNED", "role", null, a.role);
            auditor.record(a.id, null, "ASSIGNED", "dueDate", null, a.dueDate);
            if (a.passOn) {
                auditor.record(a.id, null, "ASSIGNED", "passOn", null, true);
            }
        }
        if (plan.summary().status() == PlanStatus.ISSUED && !created.isEmpty()) {
            events.publishEvent(new TasksAssigned(event.planId()));
        }
    }

    /** The assignments issuing the plan makes (not saved): also what the planner is told before issuing it. */
    List<Assignment> assignmentsOf(PlanDetail plan) {
        PlanHeader header = PlanHeader.of(plan);
        LocalDate day = header.issueDate() == null ? LocalDate.now(clock) : header.issueDate();
        LocalDate defaultDue = header.lastDay();
        long issuer = header.issuingUnitId();
        Addressing addressing = units.addressing(issuer, day);
        Set<Long> heldInParent = heldInParent(plan, issuer);
        Map<Long, PlanItemView> byId = plan.items().stream().collect(Collectors.toMap(PlanItemView::id, i -> i));
        Set<Long> narratives = plan.items().stream()
                .map(PlanItemView::narrativeItemId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<OrgUnitGroup, List<Long>> expanded = new EnumMap<>(OrgUnitGroup.class);
        Set<String> heldCriteria = new HashSet<>();
        List<Assignment> created = new ArrayList<>();
        Instant now = clock.instant();
        String user = auditor.username();
        for (PlanItemView item : plan.items()) {
            if (item.kind() != PlanItemKind.ITEM || narratives.contains(item.id())) {
                continue;
            }
            Set<Long> excluded = item.exclusions().stream()
                    .map(PlanItemView.Exclusion::unitId)
                    .collect(Collectors.toSet());
            Map<Long, Part> parts = new LinkedHashMap<>();
            for (ItemAssignee named : named(item)) {
                AssignmentRole role = named.isLead() ? AssignmentRole.LEAD : AssignmentRole.COORDINATING;
                for (long unitId : expand(named, issuer, day, expanded)) {
                    if (excluded.contains(unitId)) {
                        continue;
                    }
                    addressing.addressee(unitId).ifPresent(to -> {
                        Part part = parts.computeIfAbsent(to, k -> new Part(role, false));
                        if (role == AssignmentRole.LEAD) {
                            part.role = AssignmentRole.LEAD;
                        }
                        part.passOn |= to != unitId;
                    });
                }
            }
            PlanItemView narrative = item.narrativeItemId() == null ? null : byId.get(item.narrativeItemId());
            if (narrative != null) {
                for (ItemAssignee lead : narrative.leads()) {
                    for (long unitId : expand(lead, issuer, day, expanded)) {
                        addressing.addressee(unitId).map(parts::get).ifPresent(p -> p.role = AssignmentRole.LEAD);
                    }
                }
            }
            if (item.sourceItemId() != null && heldInParent.contains(item.sourceItemId())) {
                parts.remove(issuer);
            }
            if (item.criterionId() != null) {
                parts.keySet().removeIf(unitId -> !heldCriteria.add(unitId + ":" + item.criterionId()));
            }
            LocalDate due = item.deadline() != null ? item.deadline() : defaultDue;
            parts.forEach((unitId, part) -> {
                Assignment a = new Assignment();
                a.planId = plan.summary().id();
                a.itemId = item.id();
                a.unitId = unitId;
                a.role = part.role;
                a.passOn = part.passOn;
                a.dueDate = due;
                a.dueTime = item.deadline() != null ? item.deadlineTime() : null;
                a.createdAt = now;
                a.updatedAt = now;
                a.updatedBy = user;
                created.add(a);
            });
        }
        return created;
    }

    /** The lead unit, then every other unit or group the item names, lead ones marked. */
    private static List<ItemAssignee> named(PlanItemView item) {
        List<ItemAssignee> out = new ArrayList<>();
        if (item.leadUnitId() != null) {
            out.add(ItemAssignee.unit(item.leadUnitId()).asLead(true));
        }
        out.addAll(item.assignees());
        return out;
    }

    private List<Long> expand(ItemAssignee named, long issuer, LocalDate day, Map<OrgUnitGroup, List<Long>> cache) {
        return named.getUnitId() != null
                ? List.of(named.getUnitId())
                : cache.computeIfAbsent(
                        named.getGroup(),
                        g -> units.expandWithin(g, issuer, day).stream()
                                .map(OrgUnitSummary::id)
                                .toList());
    }

    /** The parent plan's items the issuer of a sub-plan already holds. */
    private Set<Long> heldInParent(PlanDetail plan, long issuer) {
        Long parentId = plan.summary().parentPlanId();
        if (parentId == null) {
            return Set.of();
        }
        return assignments.findByPlanId(parentId).stream()
                .filter(a -> a.unitId == issuer)
                .map(a -> a.itemId)
                .collect(Collectors.toSet());
    }
}
