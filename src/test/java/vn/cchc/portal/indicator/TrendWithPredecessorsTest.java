package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.support.MutableClock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indicator series of a unit formed in a reorganisation is shown with its predecessors' history: in the periods
 * it has no value of its own, the predecessors' values combined as the indicator's measure says (counts summed,
 * rates averaged), marked as such.
 */
@SpringBootTest
@Transactional
class TrendWithPredecessorsTest {

    @Autowired
    TargetProgressService progress;

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    @Autowired
    OrgUnitAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    IndicatorFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
    }

    @Test
    void countsAreSummedRatesAveragedAndYesNoIsYesOnlyWhenEveryUnitSaysYes() {
        List<BigDecimal> values = new ArrayList<>(List.of(new BigDecimal("40"), new BigDecimal("61")));
        values.add(null);
        assertThat(Measure.COUNT.combine(values)).isEqualByComparingTo("101");
        assertThat(Measure.PERCENT.combine(values)).isEqualByComparingTo("50.5");
        assertThat(Measure.YES_NO.combine(List.of(BigDecimal.ONE, BigDecimal.ZERO)))
                .isEqualByComparingTo("0");
        assertThat(Measure.YES_NO.combine(List.of(BigDecimal.ONE, BigDecimal.ONE)))
                .isEqualByComparingTo("1");
        assertThat(Measure.PERCENT.combine(java.util.Collections.singletonList(null)))
                .isNull();
    }

    @Test
    void aWardFormedFromTwoCommunesShowsTheirCombinedValuesInThePeriodsBeforeItAndMarksThem() {
        fixtures.signInAs("admin");
        long plan = fixtures.campaign();
        long iaTor = fixtures.unit("Xã Ia Tôr");
        long iaBang = fixtures.unit("X045");
        long province = fixtures.unit("UBT");
        UnitForm form = UnitForm.under(province, OrgUnitKind.COMMUNE, clock.today());
        form.setCode("Q15-TREND");
        form.setName("Xã Thử Tiền Thân");
        long ward = administration.create(form).id();
        units.end(iaTor, clock.today().minusDays(1), ward);
        units.end(iaBang, clock.today().minusDays(1), ward);

        fixtures.signInAs("chuyenvien.snv");
        IndicatorSet set = targets.set(plan).orElseThrow();
        for (IndicatorInfo indicator : set.indicators()) {
            Trend first = progress.trend(plan, iaTor, indicator.id());
            Trend second = progress.trend(plan, iaBang, indicator.id());
            Trend trend = progress.trend(plan, ward, indicator.id());

            assertThat(trend.predecessors()).containsExactlyInAnyOrder("Xã Ia Tôr", "Xã Ia Băng");
            assertThat(first.predecessors()).isEmpty();
            assertThat(first.includesPredecessors()).isFalse();
            assertThat(trend.actuals()).as("the ward has no values of its own").containsOnlyNulls();
            for (int i = 0; i < trend.periods().size(); i++) {
                BigDecimal expected = indicator
                        .measure()
                        .combine(java.util.Arrays.asList(
                                first.actuals().get(i), second.actuals().get(i)));
                if (expected == null) {
                    assertThat(trend.fromPredecessors().get(i)).isNull();
                } else {
                    assertThat(trend.fromPredecessors().get(i)).isEqualByComparingTo(expected);
                }
            }
            assertThat(trend.combined()).isEqualTo(trend.fromPredecessors());
        }
        Trend withData = progress.trend(plan, ward, set.indicators().get(2).id());
        assertThat(withData.includesPredecessors()).isTrue();
    }
}
