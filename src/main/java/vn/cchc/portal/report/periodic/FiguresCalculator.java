package vn.cchc.portal.report.periodic;

import vn.cchc.portal.assignment.AssignmentRole;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts tasks from plans and their assignments as of a day. A task is a plan item: it is done when every lead
 * unit's part is done (on time when the last of them finished by the item's due date); a unit's figures count its
 * own parts, lead or coordinating.
 */
public final class FiguresCalculator {

    private FiguresCalculator() {}

    /** One plan with the assignments of it the caller may read. */
    public record PlanTasks(PlanDetail plan, List<AssignmentSummary> assignments) {}

    public static PeriodicFigures compute(List<PlanTasks> plans, LocalDate asOf) {
        Counts total = Counts.ZERO;
        Map<String, Counts> areas = new LinkedHashMap<>();
        Map<String, Counts> units = new LinkedHashMap<>();
        List<String> overdue = new ArrayList<>();
        Set<String> overdueUnits = new LinkedHashSet<>();
        for (PlanTasks p : plans) {
            Map<Long, PlanItemView> items = new LinkedHashMap<>();
            p.plan().items().forEach(i -> items.put(i.id(), i));
            Map<Long, List<AssignmentSummary>> byItem = new LinkedHashMap<>();
            for (AssignmentSummary a : p.assignments()) {
                byItem.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a);
                Standing s = Standing.on(asOf, a.dueDate(), a.completedOn());
                units.merge(a.unitName(), Counts.ZERO.plus(s), Counts::plus);
                if (s == Standing.OVERDUE) {
                    overdueUnits.add(a.unitName());
                }
            }
            for (PlanItemView item : p.plan().items()) {
                List<AssignmentSummary> parts = byItem.get(item.id());
                if (item.kind() != PlanItemKind.ITEM || parts == null) {
                    continue;
                }
                List<AssignmentSummary> leads = parts.stream()
                        .filter(a -> a.role() == AssignmentRole.LEAD)
                        .toList();
                List<AssignmentSummary> counted = leads.isEmpty() ? parts : leads;
                LocalDate due = counted.stream()
                        .map(AssignmentSummary::dueDate)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
                boolean allDone = counted.stream()
                        .allMatch(
                                a -> a.completedOn() != null && !a.completedOn().isAfter(asOf));
                LocalDate finished = allDone
                        ? counted.stream()
                                .map(AssignmentSummary::completedOn)
                                .max(Comparator.naturalOrder())
                                .orElse(null)
                        : null;
                Standing standing = Standing.on(asOf, due, finished);
                total = total.plus(standing);
                areas.merge(area(item, items), Counts.ZERO.plus(standing), Counts::plus);
                if (standing == Standing.OVERDUE) {
                    overdue.add(label(item) + " ("
                            + counted.stream()
                                    .map(AssignmentSummary::unitName)
                                    .distinct()
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("")
                            + ")");
                }
            }
        }
        List<PeriodicFigures.Line> byArea = areas.entrySet().stream()
                .map(e -> new PeriodicFigures.Line(e.getKey(), e.getValue()))
                .toList();
        List<PeriodicFigures.Line> byUnit = units.entrySet().stream()
                .map(e -> new PeriodicFigures.Line(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(
                                (PeriodicFigures.Line l) -> -l.counts().overdue())
                        .thenComparing(PeriodicFigures.Line::label))
                .toList();
        return new PeriodicFigures(asOf, total, byArea, byUnit, overdue, List.copyOf(overdueUnits));
    }

    /** The group an item sits in ("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"), or the plan's general tasks. */
    static String area(PlanItemView item, Map<Long, PlanItemView> items) {
        PlanItemView parent = item.parentId() == null ? null : items.get(item.parentId());
        if (parent == null) {
            return "Nhiệm vụ chung";
        }
        return label(parent);
    }

    static String label(PlanItemView item) {
        String number = item.number() == null ? "" : item.number().strip();
        String title =
                item.criterionCode() != null ? item.criterionCode() + " - " + item.displayTitle() : item.displayTitle();
        if (title.isBlank()) {
            title = item.goal() != null ? item.goal() : item.tasks() == null ? "" : item.tasks();
            title = title.length() > 100 ? title.substring(0, 99) + "…" : title;
        }
        return (number.isEmpty() ? "" : number + (number.endsWith(".") ? " " : ". ")) + title;
    }
}
