package vn.cchc.portal.indicator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.criterion.CriterionLevel;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.criterion.FrameworkSummary;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a plan indicators: from a framework (the six of the 766 service index) or its own; their unit of measure,
 * direction, decimals and target rule; the milestones (day 50 and day 100 of a campaign, month or quarter ends, the
 * year end) and the reporting periods of its cadence (every 10 days, monthly, quarterly); baselines per unit.
 * Planners and administrators only.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN_OR_PLANNER)
public class IndicatorSetupService {

    /** The framework whose indicators a plan may take as a whole. */
    public static final String SERVICE_INDEX = "SVC766";

    private final BookLoader loader;
    private final PlanService plans;
    private final CriterionService criteria;
    private final IndicatorAuditor auditor;
    private final Clock clock;

    IndicatorSetupService(
            BookLoader loader, PlanService plans, CriterionService criteria, IndicatorAuditor auditor, Clock clock) {
        this.loader = loader;
        this.plans = plans;
        this.criteria = criteria;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Starts a plan's indicator set: milestones and periods of the cadence over the plan's start and end (its year
     * when it has none), and, when {@code withServiceIndex}, the six indicators of the 766 framework (percentages,
     * higher is better, two decimals, no rule yet).
     */
    public IndicatorSet start(long planId, Cadence cadence, boolean withServiceIndex) {
        if (loader.settings.existsById(planId)) {
            throw BusinessException.of("error.indicator.setExists");
        }
        PlanHeader plan = PlanHeader.of(plans.get(planId));
        LocalDate start = plan.firstDay();
        LocalDate end = plan.lastDay();
        IndicatorPlan ip = new IndicatorPlan();
        ip.planId = planId;
        ip.cadence = cadence == null ? Cadence.MONTHLY : cadence;
        ip.startDate = start;
        ip.endDate = end;
        ip.createdBy = auditor.username();
        ip.createdAt = clock.instant();
        loader.settings.saveAndFlush(ip);
        loader.milestones.saveAll(milestones(planId, ip.cadence, start, end));
        loader.periods.saveAll(periods(planId, ip.cadence, start, end));
        if (withServiceIndex) {
            FrameworkSummary framework = criteria.findFramework(SERVICE_INDEX)
                    .orElseThrow(() -> BusinessException.of("error.indicator.no766"));
            int order = 10;
            for (CriterionSummary c : criteria.tree(framework.id(), false)) {
                if (c.level() != CriterionLevel.INDICATOR) {
                    continue;
                }
                Indicator i = new Indicator();
                i.planId = planId;
                i.sortOrder = order;
                order += 10;
                i.code = c.code();
                i.name = c.title();
                i.criterionId = c.id();
                i.measure = "%".equals(c.unit()) || c.unit() == null ? Measure.PERCENT : Measure.COUNT;
                loader.indicators.save(i);
            }
        }
        loader.indicators.flush();
        auditor.record(planId, null, null, null, null, "SET_CREATED", null, null, ip.cadence.name());
        return loader.load(planId).set();
    }

    /** Adds the plan's own indicator (e.g. "Tỷ lệ hài lòng về giải quyết phản ánh, kiến nghị"). */
    public IndicatorInfo add(long planId, IndicatorForm form) {
        Book book = loader.load(planId);
        if (book.root.id() != planId) {
            throw BusinessException.of("error.indicator.inherited");
        }
        Indicator i = new Indicator();
        i.planId = planId;
        i.sortOrder = book.indicators.stream().mapToInt(x -> x.sortOrder).max().orElse(0) + 10;
        apply(i, form, book, true);
        return IndicatorInfo.of(loader.indicators.saveAndFlush(i));
    }

    /** Saves an indicator's definition and rule; refused when someone else changed it meanwhile. */
    public IndicatorInfo update(IndicatorForm form) {
        Indicator i = form.getId() == null
                ? null
                : loader.indicators.findById(form.getId()).orElse(null);
        if (i == null) {
            throw BusinessException.of("error.indicator.notFound");
        }
        if (i.version != form.getVersion()) {
            throw BusinessException.of("error.indicator.stale");
        }
        apply(i, form, loader.load(i.planId), false);
        auditor.record(i.planId, i.id, null, null, null, "RULE_CHANGED", null, null, describe(i));
        return IndicatorInfo.of(loader.indicators.saveAndFlush(i));
    }

    /** The version of an indicator, to hand back with {@link #update}. */
    @Transactional(readOnly = true)
    public long version(long indicatorId) {
        return loader.indicators
                .findById(indicatorId)
                .map(i -> i.version)
                .orElseThrow(() -> BusinessException.of("error.indicator.notFound"));
    }

    /**
     * Sets the rule of an interim milestone for one level (null: every level): the target below the central target
     * and the points above the baseline for units at or above it (blank: the final target).
     */
    public void step(long indicatorId, long milestoneId, UnitLevel level, String belowValue, String stepAbove) {
        Indicator i = loader.indicators
                .findById(indicatorId)
                .orElseThrow(() -> BusinessException.of("error.indicator.notFound"));
        Book book = loader.load(i.planId);
        Milestone m = TargetService.milestone(book, milestoneId);
        if (m == book.milestones.getLast()) {
            throw BusinessException.of("error.indicator.lastMilestoneStep");
        }
        BigDecimal below = DecimalInput.parse(
                belowValue, "Chỉ tiêu khi chưa đạt chỉ tiêu chung", i.measure.min(), i.measure.max(), i.decimals);
        if (below == null) {
            throw BusinessException.of("error.indicator.stepTargetRequired");
        }
        BigDecimal above =
                DecimalInput.parse(stepAbove, "Số điểm tăng thêm", BigDecimal.ZERO, i.measure.max(), i.decimals);
        RuleStep s = loader.steps.findByIndicatorId(indicatorId).stream()
                .filter(x -> x.milestoneId == milestoneId && x.level == level)
                .findFirst()
                .orElseGet(RuleStep::new);
        s.indicatorId = indicatorId;
        s.milestoneId = milestoneId;
        s.level = level;
        s.belowValue = below;
        s.stepAbove = above;
        loader.steps.saveAndFlush(s);
        auditor.record(
                i.planId,
                indicatorId,
                null,
                milestoneId,
                null,
                "STEP_CHANGED",
                null,
                below,
                level == null ? null : level.name());
    }

    /** Sets (or with a blank value removes) a unit's baseline. */
    public void baseline(long indicatorId, long unitId, String value, String source) {
        Indicator i = loader.indicators
                .findById(indicatorId)
                .orElseThrow(() -> BusinessException.of("error.indicator.notFound"));
        BigDecimal v = DecimalInput.parse(
                value, "Giá trị năm trước của “" + i.name + "”", i.measure.min(), i.measure.max(), 4);
        Baseline b = loader.baselines.findByIndicatorIdIn(List.of(indicatorId)).stream()
                .filter(x -> x.unitId == unitId)
                .findFirst()
                .orElse(null);
        BigDecimal before = b == null ? null : b.value;
        if (v == null) {
            if (b != null) {
                loader.baselines.delete(b);
            }
        } else {
            if (b == null) {
                b = new Baseline();
                b.indicatorId = indicatorId;
                b.unitId = unitId;
            }
            b.value = v;
            b.source = Texts.nfcOrNull(source);
            loader.baselines.save(b);
        }
        auditor.record(i.planId, indicatorId, unitId, null, null, "BASELINE_SET", before, v, source);
    }

    // ------------------------------------------------------------------ rules

    private void apply(Indicator i, IndicatorForm form, Book book, boolean isNew) {
        String code = required(form.getCode(), "error.indicator.codeRequired", 40);
        String name = required(form.getName(), "error.indicator.nameRequired", 300);
        boolean taken = book.indicators.stream()
                .anyMatch(x -> !x.id.equals(i.id) && Texts.fold(x.code).equals(Texts.fold(code)));
        if (taken) {
            throw BusinessException.of("error.indicator.codeTaken", code);
        }
        Measure measure = form.getMeasure() == null ? Measure.PERCENT : form.getMeasure();
        Direction direction = form.getDirection() == null ? Direction.HIGHER_BETTER : form.getDirection();
        int decimals = measure == Measure.YES_NO ? 0 : form.getDecimals() == null ? 2 : form.getDecimals();
        if (decimals < 0 || decimals > 4) {
            throw BusinessException.of("error.indicator.decimals");
        }
        RuleKind rule = form.getRuleKind() == null ? RuleKind.MANUAL : form.getRuleKind();
        BigDecimal central = DecimalInput.parse(
                form.getCentralTarget(), "Chỉ tiêu chung (Trung ương)", measure.min(), measure.max(), decimals);
        BigDecimal increment = DecimalInput.parse(
                form.getIncrementPoints(), "Số điểm tăng thêm", BigDecimal.ZERO, measure.max(), decimals);
        BigDecimal fixed =
                DecimalInput.parse(form.getFixedTarget(), "Chỉ tiêu cố định", measure.min(), measure.max(), decimals);
        if (rule == RuleKind.CENTRAL_PLUS) {
            if (central == null || increment == null) {
                throw BusinessException.of("error.indicator.centralPlusFields");
            }
            if (direction != Direction.HIGHER_BETTER) {
                throw BusinessException.of("error.indicator.centralPlusDirection");
            }
        }
        if (rule == RuleKind.FIXED && fixed == null) {
            throw BusinessException.of("error.indicator.fixedRequired");
        }
        i.code = code;
        i.name = name;
        i.aliases = Texts.nfcOrNull(form.getAliases());
        i.measure = measure;
        i.direction = direction;
        i.decimals = decimals;
        i.ruleKind = rule;
        i.centralTarget = rule == RuleKind.CENTRAL_PLUS ? central : null;
        i.incrementPoints = rule == RuleKind.CENTRAL_PLUS ? increment : null;
        i.fixedTarget = rule == RuleKind.FIXED ? fixed : null;
    }

    private static String describe(Indicator i) {
        return switch (i.ruleKind) {
            case CENTRAL_PLUS ->
                "Chỉ tiêu chung " + Formats.number(i.centralTarget, Formats.VIETNAMESE) + ", +"
                        + Formats.number(i.incrementPoints, Formats.VIETNAMESE) + " điểm";
            case FIXED -> "Chỉ tiêu cố định " + Formats.number(i.fixedTarget, Formats.VIETNAMESE);
            case MANUAL -> "Giao thủ công";
        };
    }

    private static String required(String text, String missing, int max) {
        String value = Texts.nfc(text);
        if (value == null || value.isBlank()) {
            throw BusinessException.of(missing);
        }
        if (value.strip().length() > max) {
            throw BusinessException.of("error.indicator.tooLong", max);
        }
        return value.strip();
    }

    // ------------------------------------------------------------------ calendar

    static List<Milestone> milestones(long planId, Cadence cadence, LocalDate start, LocalDate end) {
        List<Milestone> out = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        switch (cadence) {
            case TEN_DAYS -> {
                if (days > 50) {
                    out.add(milestone(planId, MilestoneKind.CAMPAIGN_DAY, 50, "Sơ kết 50 ngày", start.plusDays(49)));
                }
                out.add(milestone(planId, MilestoneKind.CAMPAIGN_DAY, (int) days, "Tổng kết " + days + " ngày", end));
            }
            case MONTHLY -> {
                for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                    LocalDate day = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
                    boolean yearEnd = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
                    out.add(milestone(
                            planId,
                            yearEnd ? MilestoneKind.YEAR_END : MilestoneKind.MONTH_END,
                            null,
                            yearEnd ? "Cuối năm " + day.getYear() : "Tháng " + m.getMonthValue() + "/" + m.getYear(),
                            day));
                }
            }
            case QUARTERLY -> {
                LocalDate q =
                        start.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
                while (true) {
                    LocalDate day = q.isAfter(end) ? end : q;
                    boolean yearEnd = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
                    out.add(milestone(
                            planId,
                            yearEnd ? MilestoneKind.YEAR_END : MilestoneKind.QUARTER_END,
                            null,
                            yearEnd
                                    ? "Cuối năm " + day.getYear()
                                    : "Quý " + day.get(IsoFields.QUARTER_OF_YEAR) + "/" + day.getYear(),
                            day));
                    if (!q.isBefore(end)) {
                        break;
                    }
                    q = q.plusDays(1).plusMonths(3).minusDays(1);
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).seq = i + 1;
        }
        return out;
    }

    private static Milestone milestone(long planId, MilestoneKind kind, Integer day, String label, LocalDate date) {
        Milestone m = new Milestone();
        m.planId = planId;
        m.kind = kind;
        m.dayNumber = day;
        m.label = label;
        m.date = date;
        return m;
    }

    static List<Period> periods(long planId, Cadence cadence, LocalDate start, LocalDate end) {
        List<Period> out = new ArrayList<>();
        LocalDate from = start;
        int seq = 1;
        while (!from.isAfter(end)) {
            LocalDate to = switch (cadence) {
                case TEN_DAYS -> from.plusDays(9);
                case MONTHLY -> YearMonth.from(from).atEndOfMonth();
                case QUARTERLY ->
                    from.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
            };
            if (to.isAfter(end)) {
                to = end;
            }
            Period p = new Period();
            p.planId = planId;
            p.seq = seq;
            p.startDate = from;
            p.endDate = to;
            p.dueDate = cadence == Cadence.TEN_DAYS ? to.plusDays(1) : to.plusDays(5);
            p.label = switch (cadence) {
                case TEN_DAYS ->
                    "Kỳ " + seq + " (" + Formats.DATE.format(from).substring(0, 5) + "–" + Formats.date(to) + ")";
                case MONTHLY -> "Tháng " + to.getMonthValue() + "/" + to.getYear();
                case QUARTERLY -> "Quý " + to.get(IsoFields.QUARTER_OF_YEAR) + "/" + to.getYear();
            };
            out.add(p);
            from = to.plusDays(1);
            seq++;
        }
        return out;
    }
}
