package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.indicator.Band;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.IndicatorProgress;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.LevelProgress;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.ProgressCell;
import vn.cchc.portal.indicator.ProgressRow;
import vn.cchc.portal.indicator.ProgressStatus;
import vn.cchc.portal.indicator.ProvinceFigure;
import vn.cchc.portal.indicator.TargetProgressService;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.ui.Tablists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results against targets at a milestone: the province's own figures, then per level the units below target first
 * with met / not met / no data and the gap in points, their rank within the level and grade counts; a unit's trend
 * chart for one indicator below.
 */
@Route("indicator-results")
@Menu(order = 54, title = "menu.indicatorResults", icon = "vaadin:trending-up")
@PermitAll
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TargetProgressService progress;
    private final transient TargetService targets;
    private final ComboBox<MilestoneInfo> milestone = new ComboBox<>();
    private final Tabs tabs = Tablists.accessible(new Tabs());
    private final VerticalLayout content = new VerticalLayout();
    private final TrendPanel trend;
    private final transient Clock clock;
    private Long planId;
    private IndicatorProgress current;

    ResultsView(TargetProgressService progress, TargetService targets, Clock clock) {
        this.progress = progress;
        this.targets = targets;
        this.clock = clock;
        this.trend = new TrendPanel(progress);
        List<PlanSummary> plans =
                targets.plans().stream().filter(p -> p.parentPlanId() == null).toList();
        ComboBox<PlanSummary> plan = IndicatorTexts.planPicker(getTranslation("indicator.plan"), plans);
        plan.setId("results-plan");
        milestone.setLabel(getTranslation("results.milestone"));
        milestone.setItemLabelGenerator(m -> m.label() + " (" + vn.cchc.portal.shared.Formats.date(m.date()) + ")");
        milestone.setId("results-milestone");
        milestone.setWidth("22em");
        plan.addValueChangeListener(e -> choosePlan(e.getValue()));
        milestone.addValueChangeListener(e -> load());
        for (UnitLevel level : List.of(UnitLevel.DEPARTMENT, UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            tabs.add(new Tab(getTranslation(level.labelKey())));
        }
        tabs.setId("results-tabs");
        tabs.addSelectedChangeListener(e -> showLevel());
        HorizontalLayout bar = new HorizontalLayout(plan, milestone);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        add(new H2(getTranslation("results.title")), bar, content);
        if (plans.isEmpty()) {
            content.add(UIHelpers.empty(getTranslation("indicator.noPlans")));
        } else {
            plan.setValue(plans.getFirst());
        }
    }

    private void choosePlan(PlanSummary plan) {
        planId = plan == null ? null : plan.id();
        if (planId == null) {
            content.removeAll();
            return;
        }
        IndicatorSet set = targets.set(planId).orElseThrow();
        milestone.setItems(set.milestones());
        LocalDate today = LocalDate.now(clock);
        set.milestones().stream()
                .filter(m -> !m.date().isBefore(today))
                .findFirst()
                .or(() -> set.milestones().isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(set.milestones().getLast()))
                .ifPresent(milestone::setValue);
    }

    private void load() {
        content.removeAll();
        if (planId == null || milestone.getValue() == null) {
            return;
        }
        current = progress.progress(planId, milestone.getValue().id());
        if (!current.province().isEmpty()) {
            content.add(new H3(getTranslation("results.province")), provinceCards(current.province()));
        }
        content.add(tabs);
        showLevel();
    }

    private HorizontalLayout provinceCards(List<ProvinceFigure> figures) {
        Locale locale = getLocale();
        HorizontalLayout cards = new HorizontalLayout();
        cards.setWrap(true);
        cards.setWidthFull();
        cards.setId("results-province");
        for (ProvinceFigure f : figures) {
            Div card = new Div();
            card.addClassNames("cchc-card", "cchc-figure");
            Div label = new Div(f.indicator().shortName());
            label.addClassName("cchc-figure-label");
            Div value = new Div(IndicatorTexts.percent(f.actual() != null ? f.actual() : f.baseline(), locale));
            value.addClassName("cchc-figure-value");
            Span detail = new Span(getTranslation(
                    "results.province.detail",
                    IndicatorTexts.percent(f.baseline(), locale),
                    IndicatorTexts.percent(f.target(), locale)));
            detail.addClassName("cchc-legend");
            card.add(label, value, detail);
            cards.add(card);
        }
        return cards;
    }

    private void showLevel() {
        if (current == null) {
            return;
        }
        content.getChildren()
                .filter(c -> c != tabs
                        && !(c instanceof H3)
                        && !"results-province".equals(c.getId().orElse("")))
                .toList()
                .forEach(content::remove);
        LevelProgress level = current.levels().get(Math.max(0, tabs.getSelectedIndex()));
        if (level.rows().isEmpty()) {
            content.add(UIHelpers.empty(getTranslation("results.empty")));
            return;
        }
        Span summary =
                new Span(getTranslation("results.summary", level.units(), level.withData(), level.belowTarget()));
        summary.setId("results-summary");
        content.add(summary, grid(level), bands(level), trend);
        trend.clear();
    }

    private Grid<ProgressRow> grid(LevelProgress level) {
        IndicatorSet set = current.set();
        Locale locale = getLocale();
        Grid<ProgressRow> grid = new Grid<>();
        grid.setId("results-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.rank() == 0 ? "–" : r.rank() + "/" + level.units())
                .setHeader(getTranslation("results.col.rank"))
                .setWidth("5.5em")
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(r -> r.districtName() == null ? r.unitName() : r.unitName() + " (" + r.districtName() + ")")
                .setHeader(getTranslation("targets.col.unit"))
                .setWidth("15em")
                .setFlexGrow(0)
                .setFrozen(true);
        for (int i = 0; i < set.indicators().size(); i++) {
            int ii = i;
            IndicatorInfo indicator = set.indicators().get(i);
            grid.addColumn(LitRenderer.<ProgressRow>of("<span class='${item.c}' title='${item.t}'>${item.v}</span>")
                            .withProperty("v", r -> cellText(r.cells().get(ii), locale))
                            .withProperty(
                                    "c", r -> statusClass(r.cells().get(ii).status()))
                            .withProperty("t", r -> cellTip(r.cells().get(ii), locale)))
                    .setHeader(header(indicator))
                    .setWidth("8.5em")
                    .setFlexGrow(1)
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(r -> r.met() + "/" + set.indicators().size())
                .setHeader(getTranslation("results.col.met"))
                .setWidth("5.5em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setPartNameGenerator(r -> r.notMet() > 0 ? "cchc-late-row" : null);
        grid.setItems(level.rows());
        grid.setHeight(Math.min(34, 5 + level.rows().size() * 2.4) + "rem");
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                trend.show(planId, e.getItem(), set.indicators());
            }
        });
        return grid;
    }

    private Span header(IndicatorInfo indicator) {
        Span span = new Span(indicator.shortName());
        span.getElement().setAttribute("title", indicator.name());
        span.getStyle().set("white-space", "normal");
        return span;
    }

    private String cellText(ProgressCell cell, Locale locale) {
        if (cell.status() == ProgressStatus.NO_DATA) {
            return "— " + getTranslation("indicator.status.NO_DATA");
        }
        String mark = cell.status() == ProgressStatus.MET ? "✓ " : "✗ ";
        return mark + IndicatorTexts.number(cell.actual(), locale) + " / "
                + IndicatorTexts.number(cell.target(), locale);
    }

    private String cellTip(ProgressCell cell, Locale locale) {
        if (cell.status() == ProgressStatus.NO_DATA) {
            return getTranslation("results.tip.noData", IndicatorTexts.number(cell.target(), locale));
        }
        String gap = (cell.gap().signum() > 0 ? "+" : "") + IndicatorTexts.number(cell.gap(), locale);
        return getTranslation(cell.status().labelKey()) + " · " + getTranslation("results.tip.gap", gap)
                + (cell.band() == null ? "" : " · " + getTranslation(cell.band().labelKey()));
    }

    static String statusClass(ProgressStatus status) {
        return switch (status) {
            case MET -> "cchc-met";
            case NOT_MET -> "cchc-not-met";
            case NO_DATA -> "cchc-no-data";
        };
    }

    private Grid<IndicatorInfo> bands(LevelProgress level) {
        Grid<IndicatorInfo> grid = new Grid<>();
        grid.setId("results-bands");
        grid.addColumn(IndicatorInfo::shortName)
                .setHeader(getTranslation("results.bands"))
                .setFlexGrow(2);
        for (Band band : Band.values()) {
            grid.addColumn(i -> {
                        Map<Band, Integer> counts = level.bands().get(i.id());
                        return counts == null ? 0 : counts.getOrDefault(band, 0);
                    })
                    .setHeader(getTranslation(band.labelKey()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(current.set().indicators());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " – " + getTranslation("app.name");
    }
}
