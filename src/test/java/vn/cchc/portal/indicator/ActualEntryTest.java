package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A unit enters its own values only (checked in the service); a planner enters any unit's. */
@SpringBootTest
@Transactional
class ActualEntryTest {

    @Autowired
    ActualService actuals;

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    IndicatorFixtures fixtures;
    long plan;
    IndicatorSet set;
    PeriodInfo current;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
        fixtures.signInAs("chuyenvien.snv");
        plan = fixtures.livePlan(targets);
        set = targets.set(plan).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        current = set.periods().stream()
                .filter(p -> !p.start().isAfter(today) && !p.end().isBefore(today))
                .findFirst()
                .orElseThrow();
    }

    private Map<Long, String> values(String online, String payment) {
        Map<Long, String> values = new LinkedHashMap<>();
        values.put(set.indicators().get(2).id(), online);
        values.put(set.indicators().get(3).id(), payment);
        return values;
    }

    @Test
    void aCommuneHeadEntersItsOwnValuesWithCommaOrDot() {
        fixtures.signInAs("chutich.iator");
        long iaTor = fixtures.unit("Xã Ia Tôr");
        assertThat(actuals.units(plan)).extracting(UnitChoice::name).containsExactly("Xã Ia Tôr");
        assertThat(actuals.save(plan, current.id(), iaTor, values("62,5", "55.25")))
                .isEqualTo(2);
        ActualEntry entry = actuals.entry(plan, current.id(), iaTor);
        assertThat(entry.editable()).isTrue();
        assertThat(entry.lines().get(2).value()).isEqualByComparingTo("62.5");
        assertThat(entry.lines().get(3).value()).isEqualByComparingTo("55.25");
        assertThat(entry.lines().get(2).enteredBy()).isEqualTo("chutich.iator");
    }

    @Test
    void aUnitUserCannotEnterValuesForAnotherUnit() {
        fixtures.signInAs("chutich.iator");
        long iaBang = fixtures.unit("Xã Ia Bang");
        assertThatThrownBy(() -> actuals.save(plan, current.id(), iaBang, values("62,5", "50")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(ActualService.OWN_UNIT_ONLY);
        fixtures.signInAs("giamdoc.stp");
        assertThatThrownBy(() -> actuals.save(plan, current.id(), fixtures.unit("Xã Ia Tôr"), values("1", "1")))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("chuyenvien.snv");
        assertThat(actuals.entry(plan, current.id(), iaBang).lines().get(2).value())
                .isNull();
    }

    @Test
    void aPlannerEntersAnyUnitsValues() {
        long iaBang = fixtures.unit("Xã Ia Bang");
        assertThat(actuals.save(plan, current.id(), iaBang, values("40", "35,5")))
                .isEqualTo(2);
        assertThat(actuals.entry(plan, current.id(), iaBang).lines().get(3).value())
                .isEqualByComparingTo("35.5");
        // not "the first entry": other tests may have written later entries of the same plan (with a later clock)
        assertThat(targets.history(plan))
                .filteredOn(e -> "Xã Ia Bang".equals(e.unitName()))
                .extracting(AuditEntry::action, AuditEntry::username)
                .contains(tuple("ACTUAL_ENTERED", "chuyenvien.snv"));
    }

    @Test
    void textAndValuesOutOfRangeAreRefusedAndNothingIsSaved() {
        fixtures.signInAs("chutich.iator");
        long iaTor = fixtures.unit("Xã Ia Tôr");
        assertThatThrownBy(() -> actuals.save(plan, current.id(), iaTor, values("50", "130")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tỷ lệ thanh toán trực tuyến: 130 nằm ngoài khoảng cho phép (từ 0 đến 100).");
        assertThatThrownBy(() -> actuals.save(plan, current.id(), iaTor, values("năm mươi", "1")))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Tỷ lệ DVC trực tuyến: “năm mươi”");
        assertThat(actuals.entry(plan, current.id(), iaTor).lines().get(2).value())
                .isNull();
    }

    @Test
    void aUnitCannotChangeTheValuesOfAPlanThatIsNoLongerInForce() {
        fixtures.signInAs("chutich.iator");
        long campaign = fixtures.campaign();
        IndicatorSet old = targets.set(campaign).orElseThrow();
        Map<Long, String> values = Map.of(old.indicators().getFirst().id(), "100");
        assertThatThrownBy(
                        () -> actuals.save(campaign, old.periods().getFirst().id(), fixtures.unit("Xã Ia Tôr"), values))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("không còn hiệu lực");
    }
}
