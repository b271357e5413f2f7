package vn.cchc.portal.indicator;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indicator tables as migration V13 creates them, with Hibernate validating the mapping. Abstract:
 * {@link IndicatorRepositoryH2Test} and {@link IndicatorRepositoryPostgresTest} run the same tests on H2 and on a
 * real PostgreSQL.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class IndicatorRepositoryContractTest {

    @Autowired
    EntityManager em;

    @Autowired
    IndicatorPlanRepository settings;

    @Autowired
    IndicatorRepository indicators;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    PeriodRepository periods;

    @Autowired
    BaselineRepository baselines;

    @Autowired
    TargetOverrideRepository overrides;

    @Autowired
    ActualRepository actuals;

    long planId;
    long unitId;
    Indicator online;
    Milestone day100;
    Period first;

    @BeforeEach
    void plan() {
        unitId = ((Number) em.createNativeQuery("select id from org_unit where code = 'SGTVT'")
                        .getSingleResult())
                .longValue();
        long province = ((Number) em.createNativeQuery("select id from org_unit where code = 'UBT'")
                        .getSingleResult())
                .longValue();
        em.createNativeQuery(
                        "insert into plan (issuing_unit_id, kind, plan_year, title, status, search_key, "
                                + "created_by, created_at, updated_by, updated_at) values (?1, 'CAMPAIGN', 2024, "
                                + "'Chiến dịch thử', 'ISSUED', 'chien dich thu', 't', current_timestamp, 't', current_timestamp)")
                .setParameter(1, province)
                .executeUpdate();
        planId = ((Number) em.createNativeQuery("select max(id) from plan").getSingleResult()).longValue();
        IndicatorPlan ip = new IndicatorPlan();
        ip.planId = planId;
        ip.cadence = Cadence.TEN_DAYS;
        ip.startDate = LocalDate.of(2024, 3, 22);
        ip.endDate = LocalDate.of(2024, 6, 29);
        ip.createdBy = "t";
        ip.createdAt = Instant.parse("2024-03-19T01:00:00Z");
        settings.saveAndFlush(ip);
        milestones.saveAllAndFlush(
                IndicatorSetupService.milestones(planId, Cadence.TEN_DAYS, ip.startDate, ip.endDate));
        periods.saveAllAndFlush(IndicatorSetupService.periods(planId, Cadence.TEN_DAYS, ip.startDate, ip.endDate));
        online = new Indicator();
        online.planId = planId;
        online.sortOrder = 10;
        online.code = "766.3";
        online.name = "Tỷ lệ DVC trực tuyến";
        online.ruleKind = RuleKind.CENTRAL_PLUS;
        online.centralTarget = new BigDecimal("50");
        online.incrementPoints = BigDecimal.TEN;
        indicators.saveAndFlush(online);
        day100 = milestones.findByPlanIdOrderBySeq(planId).getLast();
        first = periods.findByPlanIdOrderBySeq(planId).getFirst();
    }

    @Test
    void theCampaignHasDayFiftyAndDayHundredAndTenPeriodsOfTenDays() {
        assertThat(milestones.findByPlanIdOrderBySeq(planId))
                .extracting(m -> m.label, m -> m.date.toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sơ kết 50 ngày", "2024-05-10"),
                        org.assertj.core.groups.Tuple.tuple("Tổng kết 100 ngày", "2024-06-29"));
        List<Period> all = periods.findByPlanIdOrderBySeq(planId);
        assertThat(all).hasSize(10);
        assertThat(all.getFirst().label).isEqualTo("Kỳ 1 (22/03–31/03/2024)");
        assertThat(all.getLast().endDate).isEqualTo(LocalDate.of(2024, 6, 29));
    }

    @Test
    void decimalsSurviveTheRoundTrip() {
        Baseline b = new Baseline();
        b.indicatorId = online.id;
        b.unitId = unitId;
        b.value = new BigDecimal("67.37");
        baselines.saveAndFlush(b);
        em.clear();
        assertThat(baselines.findByIndicatorIdIn(List.of(online.id)))
                .singleElement()
                .satisfies(x -> assertThat(x.value).isEqualByComparingTo("67.37"));
    }

    @Test
    void oneActualPerIndicatorUnitAndPeriod() {
        actuals.saveAndFlush(actual(new BigDecimal("45.5")));
        assertThatThrownBy(() -> actuals.saveAndFlush(actual(BigDecimal.ONE)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void oneOverridePerCellAndItsReasonIsKept() {
        TargetOverride o = new TargetOverride();
        o.indicatorId = online.id;
        o.unitId = unitId;
        o.milestoneId = day100.id;
        o.value = new BigDecimal("78.7");
        o.reason = "theo Phụ lục II Kế hoạch 629/KH-UBND";
        o.setInPlanId = planId;
        o.setBy = "t";
        o.setAt = Instant.now();
        overrides.saveAndFlush(o);
        em.clear();
        assertThat(overrides.findByIndicatorIdAndUnitIdAndMilestoneId(online.id, unitId, day100.id))
                .get()
                .satisfies(x -> assertThat(x.reason).isEqualTo("theo Phụ lục II Kế hoạch 629/KH-UBND"));
        TargetOverride twin = new TargetOverride();
        twin.indicatorId = online.id;
        twin.unitId = unitId;
        twin.milestoneId = day100.id;
        twin.value = BigDecimal.ONE;
        twin.reason = "x";
        twin.setInPlanId = planId;
        twin.setBy = "t";
        twin.setAt = Instant.now();
        assertThatThrownBy(() -> overrides.saveAndFlush(twin)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theMigrationIsRecorded() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery(
                        "select version from flyway_schema_history where success and version is not null order by installed_rank")
                .getResultList();
        assertThat(versions).extracting(Object::toString).contains("13");
    }

    private Actual actual(BigDecimal value) {
        Actual a = new Actual();
        a.indicatorId = online.id;
        a.unitId = unitId;
        a.periodId = first.id;
        a.value = value;
        a.source = ActualSource.ENTRY;
        a.enteredBy = "t";
        a.enteredAt = Instant.now();
        return a;
    }
}
