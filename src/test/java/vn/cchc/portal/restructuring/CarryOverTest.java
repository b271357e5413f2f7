package vn.cchc.portal.restructuring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.TaskFilter;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.WorkKind;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchc.portal.restructuring.Reorganisation.EFFECTIVE;
import static vn.cchc.portal.restructuring.Reorganisation.LAST_DAY;
import static vn.cchc.portal.restructuring.Reorganisation.unitLead;

/**
 * Open work of ended units goes to their successors from the effective date: a merge moves it at once and the
 * task's history tells the move; a split lists every item until the administrator or a planner has chosen; users of
 * ended units are the administrator's decision; old reports keep the old unit's name.
 */
@SpringBootTest
@Transactional
class CarryOverTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CarryOverService carryOver;

    @Autowired
    OrgUnitService units;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    private Reorganisation area;

    @BeforeEach
    void aDistrictWithThreeCommunesAndTheUnitsThatFollowThem() {
        area = new Reorganisation(context);
    }

    private AssignmentSummary taskOf(long planId, long unitId) {
        return area.taskOf(planId, unitId);
    }

    private List<CarryOverItem> pendingOf(long endedUnit) {
        return carryOver.pending().stream()
                .filter(i -> i.fromUnitId() == endedUnit)
                .toList();
    }

    @Test
    void anOpenTaskOfAMergedCommuneIsInItsSuccessorsTaskListAfterTheEffectiveDateAndItsHistoryShowsTheMove() {
        long plan = area.issuedPlan(
                area.district, "901/KH-UBND", java.time.LocalDate.of(2025, 3, 10), List.of(unitLead(area.communeOne)));
        long task = taskOf(plan, area.communeOne).id();
        area.reported(task, area.communeOne, "f15.xamot", 40, "Đã rà soát 40% văn bản", false);

        SignIn.as(users, "admin");
        units.end(area.communeOne, LAST_DAY, area.ward);
        clock.setDay(LAST_DAY);
        assertThat(carryOver.run().moved())
                .as("nothing moves before the effective date")
                .isZero();
        assertThat(taskOf(plan, area.communeOne).id()).isEqualTo(task);

        clock.setDay(EFFECTIVE);
        SignIn.as(users, "chuyenvien.snv");
        CarryOverService.Outcome outcome = carryOver.run();
        assertThat(outcome.moved()).isGreaterThanOrEqualTo(1);
        assertThat(carryOver.run().moved())
                .as("a second run moves nothing twice")
                .isZero();

        area.headOf(area.ward, "f15.phuong");
        SignIn.as(users, "f15.phuong");
        assertThat(assignments.myUnitTasks(TaskFilter.all()))
                .filteredOn(a -> a.id() == task)
                .extracting(AssignmentSummary::unitName, AssignmentSummary::planNumber)
                .containsExactly(tuple("Phường Thử Mới", "901/KH-UBND"));
        List<AuditRow> history = assignments.history(task, Locale.of("vi"));
        assertThat(history)
                .filteredOn(r -> "CARRIED_OVER".equals(r.action()) && "unit".equals(r.field()))
                .extracting(AuditRow::actionLabel, AuditRow::oldValue, AuditRow::newValue)
                .containsExactly(tuple("Chuyển sang đơn vị kế thừa do sắp xếp", "Xã Thử Một", "Phường Thử Mới"));
        assertThat(history)
                .filteredOn(r -> "CARRIED_OVER".equals(r.action()) && "reason".equals(r.field()))
                .extracting(AuditRow::newValue)
                .singleElement()
                .asString()
                .startsWith("Chuyển từ Xã Thử Một sang Phường Thử Mới do sắp xếp đơn vị")
                .contains("30/06/2025", "01/07/2025");
        assertThat(assignments.get(task).updates()).singleElement().satisfies(u -> {
            assertThat(u.createdBy()).isEqualTo("f15.xamot");
            assertThat(u.formerUnit()).as("the old report keeps the old unit").startsWith("Xã Thử Một");
        });
    }

    @Test
    void aSplitCommuneListsEveryOpenItemUntilTheAdministratorOrAPlannerHasChosen() {
        long plan = area.issuedPlan(
                area.district,
                "902/KH-UBND",
                java.time.LocalDate.of(2025, 3, 10),
                List.of(unitLead(area.communeTwo), unitLead(area.communeTwo)));
        List<Long> tasks = List.of(
                taskOf(plan, area.communeTwo).id(),
                assignments.ofPlan(plan).stream()
                        .filter(a -> a.unitId() == area.communeTwo)
                        .toList()
                        .getLast()
                        .id());
        assertThat(Set.copyOf(tasks)).hasSize(2);
        SignIn.as(users, "admin");
        units.split(area.communeTwo, LAST_DAY, List.of(area.ward, area.newCommune));
        assertThat(units.successorsOf(area.communeTwo)).containsExactly(area.ward, area.newCommune);

        clock.setDay(EFFECTIVE.plusDays(3));
        SignIn.as(users, "chuyenvien.snv");
        carryOver.run();
        List<CarryOverItem> waiting = pendingOf(area.communeTwo);
        assertThat(waiting).extracting(CarryOverItem::kind).containsOnly(WorkKind.ASSIGNMENT);
        assertThat(waiting).extracting(CarryOverItem::workId).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(waiting.getFirst().candidates())
                .extracting(CarryOverItem.Candidate::label)
                .containsExactly("Phường Thử Mới", "Xã Thử Mới");
        assertThat(waiting.getFirst().effective()).isEqualTo(EFFECTIVE);
        assertThat(assignments.ofPlan(plan))
                .filteredOn(a -> tasks.contains(a.id()))
                .extracting(AssignmentSummary::unitId)
                .containsOnly(area.communeTwo);

        CarryOverItem first = waiting.stream()
                .filter(i -> i.workId() == tasks.get(0))
                .findFirst()
                .orElseThrow();
        CarryOverItem second = waiting.stream()
                .filter(i -> i.workId() == tasks.get(1))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> carryOver.moveTo(first.id(), first.version(), area.province))
                .isInstanceOf(BusinessException.class);
        carryOver.moveTo(first.id(), first.version(), area.newCommune);
        assertThat(pendingOf(area.communeTwo)).hasSize(1);
        assertThatThrownBy(() -> carryOver.moveTo(first.id(), first.version(), area.ward))
                .isInstanceOf(BusinessException.class);
        carryOver.setAside(second.id(), second.version());
        assertThat(pendingOf(area.communeTwo)).isEmpty();
        assertThat(carryOver.ofUnit(area.communeTwo))
                .extracting(CarryOverItem::workId, CarryOverItem::decision)
                .containsExactlyInAnyOrder(
                        tuple(tasks.get(0), CarryOverDecision.MOVED), tuple(tasks.get(1), CarryOverDecision.KEPT));
        assertThat(assignments.ofPlan(plan))
                .filteredOn(a -> tasks.contains(a.id()))
                .extracting(AssignmentSummary::id, AssignmentSummary::unitId)
                .containsExactlyInAnyOrder(tuple(tasks.get(0), area.newCommune), tuple(tasks.get(1), area.communeTwo));
        assertThat(assignments.history(tasks.get(0), Locale.of("vi")))
                .filteredOn(r -> "CARRIED_OVER".equals(r.action()) && "unit".equals(r.field()))
                .extracting(AuditRow::username)
                .containsExactly("chuyenvien.snv");
    }

    @Test
    void usersOfAnEndedUnitWaitForTheAdministratorWhoMovesOneAndDisablesTheOther() {
        long stays = area.headOf(area.communeThree, "f15.xaba.mot");
        long leaves = area.headOf(area.communeThree, "f15.xaba.hai");
        units.end(area.communeThree, LAST_DAY, area.ward);
        clock.setDay(EFFECTIVE);
        SignIn.as(users, "chuyenvien.snv");
        carryOver.run();
        assertThat(pendingOf(area.communeThree))
                .as("planners do not decide about accounts")
                .isEmpty();

        SignIn.as(users, "admin");
        List<CarryOverItem> accounts = pendingOf(area.communeThree);
        assertThat(accounts).extracting(CarryOverItem::kind).containsOnly(WorkKind.USER);
        assertThat(accounts).extracting(CarryOverItem::workId).containsExactlyInAnyOrder(stays, leaves);
        CarryOverItem one =
                accounts.stream().filter(i -> i.workId() == stays).findFirst().orElseThrow();
        CarryOverItem two =
                accounts.stream().filter(i -> i.workId() == leaves).findFirst().orElseThrow();

        SignIn.as(users, "chuyenvien.snv");
        assertThatThrownBy(() -> carryOver.setAside(two.id(), two.version())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "admin");
        carryOver.moveTo(one.id(), one.version(), area.ward);
        carryOver.setAside(two.id(), two.version());

        assertThat(userService.usersOfUnit(area.ward))
                .extracting(UserSummary::username)
                .contains("f15.xaba.mot");
        assertThat(userService.usersOfUnit(area.communeThree))
                .filteredOn(u -> u.id() == leaves)
                .extracting(UserSummary::enabled)
                .containsExactly(false);
        assertThat(pendingOf(area.communeThree)).isEmpty();
    }
}
