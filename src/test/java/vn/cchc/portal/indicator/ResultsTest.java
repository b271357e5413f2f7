package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Results at a milestone: met / not met / no data with the gap, units below target first, ranks per level. */
@SpringBootTest
@Transactional
class ResultsTest {

    @Autowired
    TargetProgressService progress;

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

    IndicatorFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
        fixtures.signInAs("chuyenvien.snv");
    }

    @Test
    void aUnitsValueAtAMilestoneIsMetOrNotMetWithItsGapInPoints() {
        long plan = fixtures.campaign();
        IndicatorSet set = targets.set(plan).orElseThrow();
        PeriodInfo dayHundred = set.periods().getLast();
        long justice = fixtures.unit("Sở Tư pháp");
        actuals.save(
                plan,
                dayHundred.id(),
                justice,
                Map.of(
                        set.indicators().get(2).id(),
                        "62,5",
                        set.indicators().get(3).id(),
                        "50"));
        IndicatorProgress result =
                progress.progress(plan, set.milestones().getLast().id());
        ProgressRow row = result.levels().getFirst().rows().stream()
                .filter(r -> r.unitId() == justice)
                .findFirst()
                .orElseThrow();
        ProgressCell online = row.cells().get(2);
        assertThat(online.status()).isEqualTo(ProgressStatus.MET);
        assertThat(online.target()).isEqualByComparingTo("60");
        assertThat(online.gap()).isEqualByComparingTo("2.5");
        ProgressCell payment = row.cells().get(3);
        assertThat(payment.status()).isEqualTo(ProgressStatus.NOT_MET);
        assertThat(payment.gap()).isEqualByComparingTo("-5");
        assertThat(payment.band()).isEqualTo(Band.AVERAGE);
        assertThat(result.province())
                .extracting(f -> f.baseline().stripTrailingZeros().toPlainString())
                .containsExactly("55.9", "88.67", "7", "0.98", "98.4", "20.2");
    }

    @Test
    void unitsBelowTargetComeFirstAndRanksFollowTargetsMet() {
        long plan = fixtures.campaign();
        IndicatorSet set = targets.set(plan).orElseThrow();
        LevelProgress districts = progress.progress(
                        plan, set.milestones().getFirst().id())
                .levels()
                .get(1);
        assertThat(districts.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(districts.units()).isEqualTo(17);
        List<ProgressRow> rows = districts.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).notMet())
                    .isGreaterThanOrEqualTo(rows.get(i).notMet());
        }
        ProgressRow best = rows.stream().filter(r -> r.rank() == 1).findFirst().orElseThrow();
        assertThat(rows).allSatisfy(r -> assertThat(r.met()).isLessThanOrEqualTo(best.met()));
        int counted = districts.bands().get(set.indicators().getFirst().id()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(counted).isEqualTo(districts.withData());
    }

    @Test
    void aCommuneSeesItsOwnRowRankedAmongAllCommunes() {
        fixtures.signInAs("chutich.iator");
        long plan = fixtures.campaign();
        IndicatorSet set = targets.set(plan).orElseThrow();
        LevelProgress communes = progress.progress(
                        plan, set.milestones().getLast().id())
                .levels()
                .get(2);
        assertThat(communes.rows()).extracting(ProgressRow::unitName).containsExactly("Xã Ia Tôr");
        assertThat(communes.units()).isEqualTo(220);
        assertThat(communes.rows().getFirst().rank()).isBetween(1, 220);
        Trend trend = progress.trend(
                plan, fixtures.unit("Xã Ia Tôr"), set.indicators().get(2).id());
        assertThat(trend.periods()).hasSize(10);
        assertThat(trend.targets().getFirst()).isEqualByComparingTo("30");
        assertThat(trend.targets().getLast()).isEqualByComparingTo("60");
        assertThat(trend.actuals()).doesNotContainNull();
        assertThat(trend.actuals().getFirst()).isGreaterThanOrEqualTo(new BigDecimal("0.2"));
    }
}
