package vn.cchc.portal.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 2024 campaign of Plan 629/KH-UBND as demo data: the six 766 indicators with the plan's rule, every 10 days,
 * day 50 and day 100; baselines = Appendix I and §II as printed; Ban Dân tộc and Thanh tra tỉnh excluded (footnote
 * 2); the cells of Appendix II that the rule does not give are overrides "theo Phụ lục II Kế hoạch 629/KH-UBND";
 * illustrative actual values so the views are not empty.
 */
@Component
class CampaignDemo {

    static final String NUMBER = "629/KH-UBND";
    static final int YEAR = 2024;
    static final String REASON = "theo Phụ lục II Kế hoạch 629/KH-UBND";
    static final String FOOTNOTE = "Không giao chỉ tiêu cho Ban Dân tộc tỉnh, Thanh tra tỉnh vì không có TTHC "
            + "(chú thích 2, Kế hoạch 629/KH-UBND).";
    static final String NOT_IN_APPENDIX = "Không có trong Phụ lục I, II của Kế hoạch 629/KH-UBND.";
    private static final Logger LOG = LoggerFactory.getLogger(CampaignDemo.class);

    private final PlanService plans;
    private final IndicatorSetupService setup;
    private final TargetService targets;
    private final BookLoader loader;
    private final OrgUnitMatcher matcher;
    private final OrgUnitService units;
    private final ActualWriter writer;

    CampaignDemo(
            PlanService plans,
            IndicatorSetupService setup,
            TargetService targets,
            BookLoader loader,
            OrgUnitMatcher matcher,
            OrgUnitService units,
            ActualWriter writer) {
        this.plans = plans;
        this.setup = setup;
        this.targets = targets;
        this.loader = loader;
        this.matcher = matcher;
        this.units = units;
        this.writer = writer;
    }

    static Optional<PlanSummary> find(PlanService plans) {
        return plans.list(new PlanFilter(YEAR, PlanKind.CAMPAIGN, null, null, NUMBER)).stream()
                .filter(p -> NUMBER.equals(p.number()))
                .findFirst();
    }

    /** Loads everything once; false when the plan is missing or already has indicators. */
    @Transactional
    public boolean load() {
        Optional<PlanSummary> plan = find(plans);
        if (plan.isEmpty() || loader.settings.existsById(plan.get().id())) {
            return false;
        }
        long planId = plan.get().id();
        IndicatorSet set = setup.start(planId, Cadence.TEN_DAYS, true);
        CampaignRules.apply(setup, set, CampaignRules.SERVICE_INDEX_2024, true);
        for (String code : List.of("BDT", "TTRA")) {
            units.find(code).ifPresent(u -> targets.exclude(planId, u.id(), FOOTNOTE));
        }
        units.find("VPUBND").ifPresent(u -> targets.exclude(planId, u.id(), NOT_IN_APPENDIX));
        int baselines = loadBaselines(loader.load(planId), matcher, loader);
        Book book = loader.load(planId);
        int overrides = 0;
        for (AppendixTwo.Printed cell : AppendixTwo.read(book, matcher)) {
            TargetCell computed = book.cell(
                    book.units.get(cell.unitId()),
                    TargetService.indicator(book, cell.indicatorId()),
                    TargetService.milestone(book, cell.milestoneId()));
            if (computed.computed() == null || computed.computed().compareTo(cell.value()) != 0) {
                targets.override(
                        planId,
                        cell.indicatorId(),
                        cell.unitId(),
                        cell.milestoneId(),
                        cell.value().toPlainString(),
                        REASON);
                overrides++;
            }
        }
        int actuals = illustrativeActuals(loader.load(planId));
        LOG.info(
                "Plan {}: {} baselines, {} overrides of Appendix II, {} illustrative values",
                NUMBER,
                baselines,
                overrides,
                actuals);
        return true;
    }

    /** Appendix I (departments, districts, communes) and §II (the province) as baselines; returns how many. */
    static int loadBaselines(Book book, OrgUnitMatcher matcher, BookLoader loader) {
        List<String> files = new ArrayList<>(DataFiles.APPENDIX_I);
        files.add(DataFiles.PROVINCE);
        List<Baseline> all = new ArrayList<>();
        for (String file : files) {
            ValueTable.Reading reading = ValueTable.read(
                    DataFiles.read(file),
                    book.indicators,
                    new ScopeUnitFinder(matcher, book, book.settings.startDate),
                    4);
            if (!reading.errors().isEmpty()) {
                throw new IllegalStateException(
                        file + ": " + reading.errors().getFirst().describe());
            }
            for (ValueTable.UnitValues row : reading.rows()) {
                row.values().forEach((indicatorId, value) -> {
                    Baseline b = new Baseline();
                    b.indicatorId = indicatorId;
                    b.unitId = row.unitId();
                    b.value = value;
                    b.source = "Kế hoạch 629/KH-UBND, " + (file.equals(DataFiles.PROVINCE) ? "mục II" : "Phụ lục I")
                            + ", năm 2023";
                    all.add(b);
                });
            }
        }
        loader.baselines.saveAll(all);
        loader.baselines.flush();
        return all.size();
    }

    /**
     * Illustrative values (not from the seeds): each unit closes a unit-specific share of the gap between its
     * baseline and its day-100 target, period by period; some units get there, others do not. Departments,
     * districts and the province report every period; communes at day 50 and day 100 (Ia Tôr every period).
     */
    int illustrativeActuals(Book book) {
        int count = 0;
        Milestone last = book.milestones.getLast();
        List<OrgUnitSummary> all = new ArrayList<>(book.scope);
        int periods = book.periods.size();
        for (Period period : book.periods) {
            boolean milestoneEnd = book.milestones.stream().anyMatch(m -> m.date.equals(period.endDate));
            Map<Long, Map<Long, BigDecimal>> byUnit = new LinkedHashMap<>();
            for (OrgUnitSummary unit : all) {
                boolean everyPeriod = book.level(unit) != UnitLevel.COMMUNE || "Xã Ia Tôr".equals(unit.name());
                if (!everyPeriod && !milestoneEnd) {
                    continue;
                }
                Map<Long, BigDecimal> values = new LinkedHashMap<>();
                for (Indicator indicator : book.indicators) {
                    BigDecimal target = book.cell(unit, indicator, last).target();
                    values.put(
                            indicator.id,
                            illustrative(
                                    book.baseline(indicator.id, unit.id()),
                                    target,
                                    unit.code() + indicator.code,
                                    period.seq,
                                    periods));
                }
                byUnit.put(unit.id(), values);
            }
            if (book.province != null) {
                byUnit.put(book.province.id(), provinceMean(book, byUnit));
            }
            count += writer.storeAll(book, period, byUnit, ActualSource.DEMO);
        }
        return count;
    }

    /** The province's illustrative value: the mean of its departments' and districts' values of the period. */
    private static Map<Long, BigDecimal> provinceMean(Book book, Map<Long, Map<Long, BigDecimal>> byUnit) {
        Map<Long, BigDecimal> mean = new LinkedHashMap<>();
        for (Indicator indicator : book.indicators) {
            List<BigDecimal> values = byUnit.entrySet().stream()
                    .filter(e -> book.level(book.units.get(e.getKey())) != UnitLevel.COMMUNE)
                    .map(e -> e.getValue().get(indicator.id))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!values.isEmpty()) {
                mean.put(
                        indicator.id,
                        values.stream()
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP)
                                .stripTrailingZeros());
            }
        }
        return mean;
    }

    static BigDecimal illustrative(BigDecimal baseline, BigDecimal target, String key, int period, int periods) {
        BigDecimal from = baseline == null ? new BigDecimal("15") : baseline;
        BigDecimal to = target == null ? from : target;
        double pace = 0.55 + 0.6 * ((key.hashCode() & 0x7fffffff) % 1000) / 1000.0;
        double value =
                from.doubleValue() + (to.doubleValue() - from.doubleValue()) * Math.min(1.0, pace * period / periods);
        value = Math.max(0, Math.min(100, value));
        BigDecimal out =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return out.scale() < 0 ? out.setScale(0) : out;
    }
}
