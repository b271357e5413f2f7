package vn.cchc.portal.indicator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress against targets: per unit and milestone met / not met / no data and the gap in points, units ranked
 * within their level (those below target listed first), grade counts, the province's own aggregate, and a unit's
 * trend period by period. A milestone's value is the latest one reported for a period ending on or before it.
 * Unit users see the rows of their own unit and the units below it (ranks still count the whole level).
 */
@Service
@Transactional(readOnly = true)
public class TargetProgressService {

    private final BookLoader loader;
    private final CurrentUser currentUser;
    private final vn.cchc.portal.organization.OrgUnitService units;

    TargetProgressService(
            BookLoader loader, CurrentUser currentUser, vn.cchc.portal.organization.OrgUnitService units) {
        this.units = units;
        this.loader = loader;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public IndicatorProgress progress(long planId, long milestoneId) {
        return progress(planId, milestoneId, null);
    }

    /**
     * The milestone's targets against the values reported up to {@code asOf} (when it is before the milestone: a
     * 10-day report measures the latest values against the targets of the milestone ahead).
     */
    @PreAuthorize("isAuthenticated()")
    public IndicatorProgress progress(long planId, long milestoneId, LocalDate asOf) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        Milestone milestone = TargetService.milestone(book, milestoneId);
        Values values = new Values(book, loader, asOf);
        List<ProvinceFigure> province = new ArrayList<>();
        if (book.province != null) {
            for (Indicator indicator : book.indicators) {
                province.add(new ProvinceFigure(
                        IndicatorInfo.of(indicator),
                        book.baseline(indicator.id, book.province.id()),
                        values.at(book.province.id(), indicator.id, milestone),
                        book.cell(book.province, indicator, milestone).target()));
            }
        }
        List<LevelProgress> levels = new ArrayList<>();
        for (UnitLevel level : List.of(UnitLevel.DEPARTMENT, UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            List<ProgressRow> rows = new ArrayList<>();
            Map<Long, Map<Band, Integer>> bands = new LinkedHashMap<>();
            book.indicators.forEach(i -> bands.put(i.id, new EnumMap<>(Band.class)));
            for (OrgUnitSummary unit : book.scope) {
                if (book.level(unit) == level) {
                    ProgressRow row = row(book, values, unit, milestone);
                    rows.add(row);
                    row.cells().stream()
                            .filter(c -> c.band() != null)
                            .forEach(c -> bands.get(c.indicatorId()).merge(c.band(), 1, Integer::sum));
                }
            }
            int total = rows.size();
            int withData = (int) rows.stream().filter(ProgressRow::hasData).count();
            int below = (int) rows.stream().filter(r -> r.notMet() > 0).count();
            rows = ranked(rows).stream()
                    .filter(r -> user.seesAllUnits() || book.isWithin(r.unitId(), user.unitId()))
                    .toList();
            levels.add(new LevelProgress(level, rows, bands, total, withData, below));
        }
        MilestoneInfo info = book.set().milestones().stream()
                .filter(m -> m.id() == milestoneId)
                .findFirst()
                .orElseThrow();
        return new IndicatorProgress(book.set(), info, province, levels);
    }

    /** A unit's values of an indicator in every period, with the target in force. */
    @PreAuthorize("isAuthenticated()")
    public Trend trend(long planId, long unitId, long indicatorId) {
        Book book = loader.load(planId);
        UserContext user = currentUser.require();
        if (!user.seesAllUnits() && !book.isWithin(unitId, user.unitId())) {
            throw new AccessDeniedException("Bạn không có quyền xem số liệu của đơn vị khác.");
        }
        Indicator indicator = TargetService.indicator(book, indicatorId);
        OrgUnitSummary unit = book.units.get(unitId);
        Values values = new Values(book, loader, null);
        List<Long> predecessors = units.predecessorsOf(unitId);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> fromPredecessors = new ArrayList<>();
        for (Period period : book.periods) {
            labels.add(period.label);
            BigDecimal own = values.in(unitId, indicatorId, period.id);
            actuals.add(own);
            fromPredecessors.add(
                    own != null || predecessors.isEmpty()
                            ? null
                            : indicator.measure.combine(predecessors.stream()
                                    .map(p -> values.in(p, indicatorId, period.id))
                                    .toList()));
            Milestone m = book.milestoneFor(period);
            targets.add(
                    m == null || unit == null
                            ? null
                            : book.cell(unit, indicator, m).target());
        }
        return new Trend(
                unit == null ? units.nameOf(unitId) : unit.name(),
                IndicatorInfo.of(indicator),
                labels,
                actuals,
                targets,
                predecessors.stream().map(units::nameOf).toList(),
                fromPredecessors);
    }

    private static ProgressRow row(Book book, Values values, OrgUnitSummary unit, Milestone milestone) {
        List<ProgressCell> cells = new ArrayList<>();
        int met = 0;
        int notMet = 0;
        for (Indicator indicator : book.indicators) {
            BigDecimal target = book.cell(unit, indicator, milestone).target();
            BigDecimal actual = values.at(unit.id(), indicator.id, milestone);
            ProgressStatus status = ProgressStatus.of(actual, target, indicator.direction);
            BigDecimal gap =
                    status == ProgressStatus.NO_DATA ? null : ProgressStatus.gap(actual, target, indicator.direction);
            if (status == ProgressStatus.MET) {
                met++;
            } else if (status == ProgressStatus.NOT_MET) {
                notMet++;
            }
            Band band = actual != null
                            && indicator.measure == Measure.PERCENT
                            && indicator.direction == Direction.HIGHER_BETTER
                    ? Band.of(actual)
                    : null;
            cells.add(new ProgressCell(indicator.id, actual, target, status, gap, band));
        }
        OrgUnitSummary district = book.district(unit);
        return new ProgressRow(
                unit.id(),
                unit.name(),
                book.level(unit),
                district == null ? null : district.name(),
                0,
                met,
                notMet,
                cells);
    }

    /** Ranks by targets met, then total gap; lists units below target first, units without data last. */
    static List<ProgressRow> ranked(List<ProgressRow> rows) {
        Comparator<ProgressRow> best = Comparator.comparingInt(ProgressRow::met)
                .reversed()
                .thenComparing(TargetProgressService::totalGap, Comparator.reverseOrder());
        List<ProgressRow> withData =
                rows.stream().filter(ProgressRow::hasData).sorted(best).toList();
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < withData.size(); i++) {
            ProgressRow r = withData.get(i);
            boolean tie = i > 0 && best.compare(withData.get(i - 1), r) == 0;
            ranks.put(r.unitId(), tie ? ranks.get(withData.get(i - 1).unitId()) : i + 1);
        }
        Comparator<ProgressRow> display = Comparator.comparing((ProgressRow r) -> !r.hasData())
                .thenComparing(Comparator.comparingInt(ProgressRow::notMet).reversed())
                .thenComparing(TargetProgressService::totalGap)
                .thenComparing(ProgressRow::unitName);
        return rows.stream()
                .sorted(display)
                .map(r -> new ProgressRow(
                        r.unitId(),
                        r.unitName(),
                        r.level(),
                        r.districtName(),
                        ranks.getOrDefault(r.unitId(), 0),
                        r.met(),
                        r.notMet(),
                        r.cells()))
                .toList();
    }

    private static BigDecimal totalGap(ProgressRow row) {
        return row.cells().stream()
                .map(ProgressCell::gap)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** All actual values of the plan, by unit and indicator, period by period (up to a day when given). */
    private static final class Values {
        private final Map<String, BigDecimal> byCell = new HashMap<>();
        private final List<Period> periods;
        private final LocalDate until;

        Values(Book book, BookLoader loader, LocalDate until) {
            this.periods = book.periods;
            this.until = until;
            List<Long> ids = book.indicators.stream().map(i -> i.id).toList();
            if (!ids.isEmpty()) {
                for (Actual a : loader.actuals.findByIndicatorIdIn(ids)) {
                    byCell.put(a.unitId + ":" + a.indicatorId + ":" + a.periodId, a.value);
                }
            }
        }

        BigDecimal in(long unitId, long indicatorId, long periodId) {
            return byCell.get(unitId + ":" + indicatorId + ":" + periodId);
        }

        /** The latest value of a period ending on or before the milestone (and the day values are read up to). */
        BigDecimal at(long unitId, long indicatorId, Milestone milestone) {
            LocalDate last = until != null && until.isBefore(milestone.date) ? until : milestone.date;
            for (int i = periods.size() - 1; i >= 0; i--) {
                Period p = periods.get(i);
                if (p.endDate.isAfter(last)) {
                    continue;
                }
                BigDecimal v = in(unitId, indicatorId, p.id);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
