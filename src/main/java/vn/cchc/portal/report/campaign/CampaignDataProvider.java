package vn.cchc.portal.report.campaign;

import org.springframework.stereotype.Component;
import vn.cchc.portal.indicator.Direction;
import vn.cchc.portal.indicator.ExclusionInfo;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.IndicatorProgress;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.Measure;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.ProgressCell;
import vn.cchc.portal.indicator.ProgressRow;
import vn.cchc.portal.indicator.ProgressStatus;
import vn.cchc.portal.indicator.ProvinceFigure;
import vn.cchc.portal.indicator.TargetMatrix;
import vn.cchc.portal.indicator.TargetProgressService;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a campaign period's figures from the indicator module (issue 10) through its public services: the
 * milestone whose targets the period is measured against (the first one on or after the period's last day), every
 * unit in scope with its baseline, that milestone's target and the latest actual value up to the period's last day,
 * the province's own figures and the units given no targets.
 */
@Component
class CampaignDataProvider {

    static final Map<UnitLevel, String> SECTIONS = Map.of(
            UnitLevel.DEPARTMENT, "1. Các sở, ban, ngành tỉnh",
            UnitLevel.DISTRICT, "2. UBND các huyện, thị xã, thành phố",
            UnitLevel.COMMUNE, "3. UBND các xã, phường, thị trấn");

    private final TargetService targets;
    private final TargetProgressService progress;

    CampaignDataProvider(TargetService targets, TargetProgressService progress) {
        this.targets = targets;
        this.progress = progress;
    }

    /** The figures of a period of the plan; empty when the plan has no indicators or no milestones. */
    Optional<CampaignData> load(long planId, PeriodView period) {
        Optional<IndicatorSet> found = targets.set(planId);
        if (found.isEmpty()
                || found.get().milestones().isEmpty()
                || found.get().indicators().isEmpty()) {
            return Optional.empty();
        }
        IndicatorSet set = found.get();
        MilestoneInfo milestone = set.milestones().stream()
                .filter(m -> !m.date().isBefore(period.endDate()))
                .findFirst()
                .orElse(set.milestones().getLast());
        LocalDate asOf = period.endDate().isBefore(milestone.date()) ? period.endDate() : milestone.date();
        IndicatorProgress results = progress.progress(planId, milestone.id(), asOf);
        TargetMatrix matrix = targets.fullMatrix(planId);
        int m = matrix.set().milestones().indexOf(milestone);

        Map<Long, ProgressRow> byUnit = new HashMap<>();
        results.levels().forEach(level -> level.rows().forEach(r -> byUnit.put(r.unitId(), r)));
        List<CampaignData.UnitResult> units = new ArrayList<>();
        for (UnitLevel level : List.of(UnitLevel.DEPARTMENT, UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            for (TargetRow row : matrix.rows()) {
                if (row.level() != level) {
                    continue;
                }
                ProgressRow result = byUnit.get(row.unitId());
                List<CampaignData.Value> values = new ArrayList<>();
                for (int i = 0; i < set.indicators().size(); i++) {
                    ProgressCell cell = result == null ? null : result.cells().get(i);
                    values.add(new CampaignData.Value(
                            m < 0 ? null : row.cell(i, m).baseline(),
                            cell == null ? row.cell(i, Math.max(m, 0)).target() : cell.target(),
                            cell == null ? null : cell.actual(),
                            cell == null ? null : met(cell.status())));
                }
                units.add(new CampaignData.UnitResult(
                        SECTIONS.get(level), row.unitId(), row.unitName(), row.districtName(), values));
            }
        }
        List<CampaignData.Value> province = new ArrayList<>();
        for (ProvinceFigure f : results.province()) {
            province.add(new CampaignData.Value(f.baseline(), f.target(), f.actual(), met(f.status())));
        }
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (ExclusionInfo e : set.exclusions()) {
            byReason.computeIfAbsent(e.reason() == null ? "" : e.reason().strip(), k -> new ArrayList<>())
                    .add(e.unitName());
        }
        List<String> excluded = byReason.entrySet().stream()
                .map(e -> String.join(", ", e.getValue())
                        + (e.getKey().isEmpty()
                                ? ""
                                : " – " + Texts.lowerFirst(e.getKey().replaceAll("\\.+$", ""))))
                .toList();
        return Optional.of(new CampaignData(
                CampaignReportService.milestone(period),
                milestone.label(),
                asOf,
                set.indicators().stream().map(CampaignDataProvider::indicator).toList(),
                units,
                province,
                excluded));
    }

    /** The indicator module's verdict: true, false, or null without data. */
    private static Boolean met(ProgressStatus status) {
        return status == ProgressStatus.NO_DATA ? null : status == ProgressStatus.MET;
    }

    private static CampaignData.Indicator indicator(IndicatorInfo i) {
        return new CampaignData.Indicator(
                i.code(),
                i.shortName(),
                i.measure() == Measure.PERCENT ? "%" : "",
                i.direction() != Direction.LOWER_BETTER);
    }
}
