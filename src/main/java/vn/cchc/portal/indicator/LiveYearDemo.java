package vn.cchc.portal.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingCadence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live demo targets for the current year, so unit roles have values to enter: the province's plan in force this
 * year gets the 766 indicators (monthly, month ends and year end) with the 2024 rule; when the demo has no such plan
 * a target-assignment plan of the province is issued for it. Baselines are the illustrative day-100 values of the
 * 2024 campaign; months before the current one have illustrative values, the current month is left to the units.
 */
@Component
class LiveYearDemo {

    static final String TITLE = "Giao chỉ tiêu Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục "
            + "hành chính, dịch vụ công năm %d (dữ liệu minh họa)";
    private static final Logger LOG = LoggerFactory.getLogger(LiveYearDemo.class);

    private final PlanService plans;
    private final PlanItemService items;
    private final IndicatorSetupService setup;
    private final BookLoader loader;
    private final OrgUnitService units;
    private final ActualWriter writer;
    private final Clock clock;

    LiveYearDemo(
            PlanService plans,
            PlanItemService items,
            IndicatorSetupService setup,
            BookLoader loader,
            OrgUnitService units,
            ActualWriter writer,
            Clock clock) {
        this.plans = plans;
        this.items = items;
        this.setup = setup;
        this.loader = loader;
        this.units = units;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional
    public boolean load() {
        LocalDate today = LocalDate.now(clock);
        OrgUnitSummary province = units.find("UBT").orElse(null);
        if (province == null) {
            return false;
        }
        List<PlanSummary> inForce =
                plans.list(new PlanFilter(today.getYear(), null, PlanStatus.ISSUED, province.id(), null)).stream()
                        .filter(p -> p.parentPlanId() == null)
                        .toList();
        if (inForce.stream().anyMatch(p -> loader.settings.existsById(p.id()))) {
            return false;
        }
        long planId = inForce.stream().findFirst().map(PlanSummary::id).orElseGet(() -> create(province, today));
        IndicatorSet set = setup.start(planId, Cadence.MONTHLY, true);
        CampaignRules.apply(setup, set, CampaignRules.SERVICE_INDEX_2024, false);
        for (String code : List.of("BDT", "TTRA", "VPUBND")) {
            units.find(code).ifPresent(u -> loader.exclusions.save(exclusion(planId, u.id())));
        }
        loader.exclusions.flush();
        Book book = loader.load(planId);
        int baselines = baselinesFromCampaign(book);
        int values = 0;
        Book withBaselines = loader.load(planId);
        List<OrgUnitSummary> all = new ArrayList<>(withBaselines.scope);
        if (withBaselines.province != null) {
            all.add(withBaselines.province);
        }
        List<Period> past = withBaselines.periods.stream()
                .filter(p -> p.endDate.isBefore(today.withDayOfMonth(1)))
                .toList();
        int first = Math.max(0, past.size() - 4);
        for (Period period : past.subList(first, past.size())) {
            Map<Long, Map<Long, BigDecimal>> byUnit = new LinkedHashMap<>();
            for (OrgUnitSummary unit : all) {
                Map<Long, BigDecimal> map = new LinkedHashMap<>();
                for (Indicator indicator : withBaselines.indicators) {
                    map.put(
                            indicator.id,
                            CampaignDemo.illustrative(
                                    withBaselines.baseline(indicator.id, unit.id()),
                                    withBaselines
                                            .cell(unit, indicator, withBaselines.milestones.getLast())
                                            .target(),
                                    "live" + unit.code() + indicator.code,
                                    period.seq - first,
                                    6));
                }
                byUnit.put(unit.id(), map);
            }
            values += writer.storeAll(withBaselines, period, byUnit, ActualSource.DEMO);
        }
        LOG.info(
                "Live year {}: plan {}, {} baselines, {} illustrative values",
                today.getYear(),
                planId,
                baselines,
                values);
        return true;
    }

    private Exclusion exclusion(long planId, long unitId) {
        Exclusion e = new Exclusion();
        e.planId = planId;
        e.unitId = unitId;
        e.reason = "Không có thủ tục hành chính (như chú thích 2, Kế hoạch 629/KH-UBND).";
        e.setBy = "system";
        e.setAt = clock.instant();
        return e;
    }

    /** The illustrative day-100 values of the 2024 campaign as this year's baselines. */
    private int baselinesFromCampaign(Book book) {
        Optional<PlanSummary> campaign = CampaignDemo.find(plans);
        if (campaign.isEmpty() || !loader.settings.existsById(campaign.get().id())) {
            return 0;
        }
        Book old = loader.load(campaign.get().id());
        Period lastPeriod = old.periods.getLast();
        Map<String, Long> codes = new HashMap<>();
        book.indicators.forEach(i -> codes.put(i.code, i.id));
        Map<Long, String> oldCodes = new HashMap<>();
        old.indicators.forEach(i -> oldCodes.put(i.id, i.code));
        List<Baseline> out = new ArrayList<>();
        for (Actual a : loader.actuals.findByPeriodId(lastPeriod.id)) {
            Long id = codes.get(oldCodes.get(a.indicatorId));
            if (id != null && book.units.containsKey(a.unitId)) {
                Baseline b = new Baseline();
                b.indicatorId = id;
                b.unitId = a.unitId;
                b.value = a.value;
                b.source = "Số liệu minh họa: kỳ cuối Kế hoạch 629/KH-UBND";
                out.add(b);
            }
        }
        loader.baselines.saveAll(out);
        loader.baselines.flush();
        return out.size();
    }

    private long create(OrgUnitSummary province, LocalDate today) {
        int year = today.getYear();
        PlanHeaderForm form = new PlanHeaderForm();
        form.setIssuingUnitId(province.id());
        form.setKind(PlanKind.TARGET_ASSIGNMENT);
        form.setYear(year);
        form.setTitle(TITLE.formatted(year));
        form.setNumber("12/KH-UBND");
        form.setPlace("Gia Lai");
        LocalDate issue = LocalDate.of(year, 1, 15);
        form.setIssueDate(issue.isAfter(today) ? today : issue);
        form.setStartDate(LocalDate.of(year, 1, 1));
        form.setEndDate(LocalDate.of(year, 12, 31));
        form.setReportingCadence(ReportingCadence.NONE);
        form.setSigner(new vn.cchc.portal.shared.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Dữ liệu minh họa"));
        long planId = plans.create(form).id();
        PlanItemForm item = new PlanItemForm();
        item.setPlanId(planId);
        item.setKind(PlanItemKind.ITEM);
        item.setNumber("1");
        item.setTitle("Giao chỉ tiêu Bộ chỉ số 766 cho từng cơ quan, đơn vị, địa phương");
        item.setGoal("Các sở, ban, ngành, UBND cấp xã đạt chỉ tiêu được giao; báo cáo số liệu hằng tháng.");
        units.find("SNV").ifPresent(u -> item.setLeadUnitId(u.id()));
        item.setTimeframe("Trong năm " + year);
        items.add(item);
        plans.issue(planId);
        return planId;
    }
}
