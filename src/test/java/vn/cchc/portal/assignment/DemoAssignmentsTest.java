package vn.cchc.portal.assignment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.DemoPlans;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets what in the historical demo plans: by level (no commune gets a province task), one task per unit and
 * criterion item, roles as printed, and each campaign task once for Ia Tôr through the cascade 629 → 51 → Ia Tôr.
 */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class DemoAssignmentsTest {

    @Autowired
    PlanService plans;

    @Autowired
    AssignmentService assignments;

    @Autowired
    OrgUnitService units;

    private PlanDetail plan(String key) {
        return new DemoPlans(plans, units).plan(key);
    }

    private Map<Long, OrgUnitSummary> unitsById() {
        return units.tree(true).stream().collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
    }

    private long unit(String code) {
        return new DemoPlans(plans, units).unit(code);
    }

    private static PlanItemView item(PlanDetail plan, String number) {
        return DemoPlans.item(plan, number);
    }

    @Test
    void planNineteenOhEightAssignsNoCommuneAndEachDepartmentOneTaskPerCriterionItemThatNamesIt() {
        PlanDetail plan = plan("1908/KH-UBND/2023");
        Map<Long, OrgUnitSummary> byId = unitsById();
        List<AssignmentSummary> all = assignments.ofPlan(plan.summary().id());
        assertThat(all).noneMatch(a -> byId.get(a.unitId()).kind() == OrgUnitKind.COMMUNE);

        Set<Long> narratives = plan.items().stream()
                .map(PlanItemView::narrativeItemId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<PlanItemView> criterionItems = plan.items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM && !narratives.contains(i.id()))
                .toList();
        assertThat(criterionItems).hasSize(79);
        assertThat(all).noneMatch(a -> narratives.contains(a.itemId()));
        Map<Long, Long> perUnit =
                all.stream().collect(Collectors.groupingBy(AssignmentSummary::unitId, Collectors.counting()));
        List<OrgUnitSummary> departments = byId.values().stream()
                .filter(u -> u.kind() == OrgUnitKind.DEPARTMENT)
                .toList();
        assertThat(departments).hasSize(20);
        for (OrgUnitSummary department : departments) {
            long naming =
                    criterionItems.stream().filter(i -> names(i, department)).count();
            assertThat(perUnit.getOrDefault(department.id(), 0L))
                    .as(department.name())
                    .isEqualTo(naming);
        }
        System.out.println("Plan 1908/KH-UBND: " + all.size() + " assignments; " + figures(all, byId));
    }

    /** The item names the unit itself or the group "các sở, ban, ngành tỉnh", and does not leave it out. */
    private static boolean names(PlanItemView item, OrgUnitSummary department) {
        if (item.exclusions().stream().anyMatch(x -> x.unitId() == department.id())) {
            return false;
        }
        return Long.valueOf(department.id()).equals(item.leadUnitId())
                || item.assignees().stream()
                        .anyMatch(a -> Long.valueOf(department.id()).equals(a.getUnitId())
                                || a.getGroup() == OrgUnitGroup.ALL_DEPARTMENTS);
    }

    @Test
    void noUnitHoldsTwoAssignmentsForTheSameCriterionOfAPlan() {
        List<AssignmentSummary> all = new ArrayList<>();
        Map<Long, Long> criterionOfItem = new HashMap<>();
        for (PlanSummary summary : plans.list(new PlanFilter(null, null, null, null, null))) {
            plans.get(summary.id()).items().stream()
                    .filter(i -> i.criterionId() != null)
                    .forEach(i -> criterionOfItem.put(i.id(), i.criterionId()));
            all.addAll(assignments.ofPlan(summary.id()));
        }
        Map<String, Long> held = all.stream()
                .filter(a -> criterionOfItem.containsKey(a.itemId()))
                .collect(Collectors.groupingBy(
                        a -> a.planId() + ":" + a.unitId() + ":" + criterionOfItem.get(a.itemId()),
                        Collectors.counting()));
        assertThat(held)
                .isNotEmpty()
                .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        System.out.println("All demo plans: " + all.size() + " assignments; " + figures(all, unitsById()));
    }

    @Test
    void theDistrictsLeadTheRowOfItem3Point23WithTheFinanceDepartment() {
        PlanDetail plan = plan("1908/KH-UBND/2023");
        PlanItemView row = plan.items().stream()
                .filter(i -> "TCTP 6.3.1".equals(i.criterionCode()) && i.narrativeItemId() != null)
                .findFirst()
                .orElseThrow();
        Map<Long, OrgUnitSummary> byId = unitsById();
        List<AssignmentSummary> parts = assignments.ofPlan(plan.summary().id()).stream()
                .filter(a -> a.itemId() == row.id())
                .toList();
        assertThat(parts)
                .filteredOn(a -> byId.get(a.unitId()).kind() == OrgUnitKind.DISTRICT)
                .hasSize(17)
                .allSatisfy(a -> assertThat(a.role()).isEqualTo(AssignmentRole.LEAD));
        assertThat(parts)
                .filteredOn(a -> a.unitId() == unit("STC"))
                .singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(AssignmentRole.LEAD));
        assertThat(parts)
                .filteredOn(a -> a.unitId() == unit("SNV"))
                .singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(AssignmentRole.COORDINATING));
    }

    @Test
    void campaignTasksOneToEightGoToEveryDepartmentAndDistrictAsLeadOfItsPartButNotToTheUnitsWithoutProcedures() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        Map<Long, OrgUnitSummary> byId = unitsById();
        List<AssignmentSummary> all = assignments.ofPlan(campaign.summary().id());
        assertThat(all).noneMatch(a -> byId.get(a.unitId()).kind() == OrgUnitKind.COMMUNE);
        Set<Long> excluded = Set.of(unit("BDT"), unit("TTRA"));
        for (int task = 1; task <= 8; task++) {
            long itemId = item(campaign, "1." + task).id();
            List<AssignmentSummary> parts =
                    all.stream().filter(a -> a.itemId() == itemId).toList();
            assertThat(parts).allSatisfy(a -> assertThat(a.role()).isEqualTo(AssignmentRole.LEAD));
            assertThat(parts).noneMatch(a -> excluded.contains(a.unitId()));
            assertThat(parts)
                    .filteredOn(a -> byId.get(a.unitId()).kind() == OrgUnitKind.DEPARTMENT)
                    .hasSize(18);
            assertThat(parts)
                    .filteredOn(a -> byId.get(a.unitId()).kind() == OrgUnitKind.DISTRICT)
                    .hasSize(17)
                    .allSatisfy(a -> assertThat(a.passOn()).isTrue());
            assertThat(parts).hasSize(35);
        }
        long press = item(campaign, "3").id();
        assertThat(all)
                .filteredOn(a -> a.itemId() == press)
                .extracting(AssignmentSummary::unitName, AssignmentSummary::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Báo Gia Lai", AssignmentRole.LEAD),
                        org.assertj.core.groups.Tuple.tuple(
                                "Đài Phát thanh - Truyền hình Gia Lai", AssignmentRole.LEAD),
                        org.assertj.core.groups.Tuple.tuple("Công an tỉnh", AssignmentRole.COORDINATING));
    }

    @Test
    void iaTorHoldsEachCampaignTaskOnceThroughItsDistrictsPlan() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        PlanDetail district = plan("51/KH-UBND/2024");
        PlanDetail commune = plan("ia-tor/KH-UBND/2024");
        long iaTor = unit("X047");
        long chuProng = unit("H04");
        Map<Long, PlanItemView> items = new HashMap<>();
        for (PlanDetail p : List.of(campaign, district, commune)) {
            p.items().forEach(i -> items.put(i.id(), i));
        }
        List<AssignmentSummary> held = new ArrayList<>();
        for (PlanDetail p : List.of(campaign, district, commune)) {
            held.addAll(assignments.ofPlan(p.summary().id()).stream()
                    .filter(a -> a.unitId() == iaTor)
                    .toList());
        }
        assertThat(held)
                .extracting(AssignmentSummary::planNumber)
                .containsOnly("51/KH-UBND", null)
                .filteredOn(Objects::isNull)
                .hasSize(3);
        List<Long> roots = held.stream()
                .map(a -> {
                    PlanItemView i = items.get(a.itemId());
                    while (i.sourceItemId() != null) {
                        i = items.get(i.sourceItemId());
                    }
                    return i.id();
                })
                .toList();
        assertThat(roots).doesNotHaveDuplicates().hasSize(11);
        assertThat(assignments.ofPlan(district.summary().id()))
                .noneMatch(a -> a.unitId() == chuProng)
                .filteredOn(a -> a.itemId() == item(district, "1.1").id())
                .hasSize(20)
                .allSatisfy(a -> assertThat(a.role()).isEqualTo(AssignmentRole.LEAD));
    }

    @Test
    void theDistrictSeesItsCommunesProgressOnATaskItPassedOn() {
        PlanDetail campaign = plan("629/KH-UBND/2024");
        long chuProng = unit("H04");
        AssignmentSummary task = assignments.ofPlan(campaign.summary().id()).stream()
                .filter(a -> a.unitId() == chuProng
                        && a.itemId() == item(campaign, "1.1").id())
                .findFirst()
                .orElseThrow();
        assertThat(task.passOn()).isTrue();
        CascadeProgress cascade = assignments.get(task.id()).cascade();
        assertThat(cascade.subPlanNumber()).isEqualTo("51/KH-UBND");
        assertThat(cascade.units()).isEqualTo(20);
        assertThat(cascade.parts()).extracting(AssignmentSummary::unitName).contains("Xã Ia Tôr");

        AssignmentSummary notPassed = assignments.ofPlan(campaign.summary().id()).stream()
                .filter(a -> a.unitId() == unit("STP"))
                .findFirst()
                .orElseThrow();
        assertThat(notPassed.passOn()).isFalse();
        assertThat(assignments.get(notPassed.id()).cascade()).isNull();
    }

    @Test
    void anAppendixRowShowsTheTasksOfItsNarrativeItem() {
        PlanDetail plan = plan("1908/KH-UBND/2023");
        PlanItemView row = plan.items().stream()
                .filter(i -> "TCTP 2.1.1".equals(i.criterionCode()) && i.narrativeItemId() != null)
                .findFirst()
                .orElseThrow();
        AssignmentSummary lead = assignments.ofPlan(plan.summary().id()).stream()
                .filter(a -> a.itemId() == row.id() && a.unitId() == unit("STP"))
                .findFirst()
                .orElseThrow();
        AssignmentDetail detail = assignments.get(lead.id());
        assertThat(detail.narrativeNumber()).isEqualTo("3.6");
        assertThat(detail.narrativeTasks()).isEqualTo(item(plan, "3.6").tasks()).isNotBlank();
        assertThat(detail.leadText()).isEqualTo("Sở Tư pháp");
    }

    /** Assignments per unit, by level: "DEPARTMENT 20 units min 1 median 3 max 7 …". */
    static String figures(List<AssignmentSummary> all, Map<Long, OrgUnitSummary> units) {
        Map<Long, Long> perUnit =
                all.stream().collect(Collectors.groupingBy(AssignmentSummary::unitId, Collectors.counting()));
        Map<OrgUnitKind, List<Long>> byKind = new TreeMap<>();
        perUnit.forEach((unitId, n) -> byKind.computeIfAbsent(units.get(unitId).kind(), k -> new ArrayList<>())
                .add(n));
        return byKind.entrySet().stream()
                .map(e -> {
                    List<Long> counts = e.getValue().stream().sorted().toList();
                    return e.getKey() + " " + counts.size() + " units min " + counts.getFirst() + " median "
                            + counts.get(counts.size() / 2) + " max " + counts.getLast();
                })
                .collect(Collectors.joining("; "));
    }
}
