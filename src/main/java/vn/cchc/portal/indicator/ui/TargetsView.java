package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import vn.cchc.portal.indicator.CellSource;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.IndicatorSetupService;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.TargetCell;
import vn.cchc.portal.indicator.TargetMatrix;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.indicator.UnitLevel;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.ui.Tablists;

import java.util.List;
import java.util.Locale;

/**
 * The target matrix of a plan: departments, districts and the communes of one district on separate tabs; per
 * indicator the baseline and, per milestone, the final target (computed by the rule, inherited from the district, or
 * overridden with a reason — marked). Clicking a target cell opens the override form for those who may override.
 */
@Route("indicator-targets")
@Menu(order = 52, title = "menu.indicatorTargets", icon = "vaadin:table")
@PermitAll
public class TargetsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TargetService targets;
    private final Tabs tabs = Tablists.accessible(new Tabs());
    private final Tab departments = new Tab();
    private final Tab districts = new Tab();
    private final Tab communes = new Tab();
    private final ComboBox<TargetRow> district = new ComboBox<>();
    private int districtCount;
    private final ComboBox<MilestoneInfo> milestone = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();
    private final ComboBox<PlanSummary> plan;
    private final transient java.time.Clock clock;
    private Long planId;

    TargetsView(
            TargetService targets,
            IndicatorSetupService setup,
            PlanService plans,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.targets = targets;
        this.clock = clock;
        setSizeFull();
        boolean planner = currentUser
                .get()
                .map(u -> u.has(Role.PLANNER) || u.has(Role.ADMIN))
                .orElse(false);
        List<PlanSummary> withIndicators = targets.plans();
        plan = IndicatorTexts.planPicker(getTranslation("indicator.plan"), withIndicators);
        plan.setId("targets-plan");
        plan.addValueChangeListener(e -> {
            planId = e.getValue() == null ? null : e.getValue().id();
            loadDistricts();
            show();
        });
        departments.setLabel(getTranslation("indicator.level.DEPARTMENT"));
        districts.setLabel(getTranslation("indicator.level.DISTRICT"));
        communes.setLabel(getTranslation("indicator.level.COMMUNE"));
        tabs.add(departments, districts, communes);
        tabs.setId("targets-tabs");
        tabs.addSelectedChangeListener(e -> show());
        district.setLabel(getTranslation("targets.district"));
        district.setItemLabelGenerator(TargetRow::unitName);
        district.setId("targets-district");
        district.addValueChangeListener(e -> show());
        milestone.setLabel(getTranslation("targets.milestone"));
        milestone.setItemLabelGenerator(m -> m.label() + " (" + vn.cchc.portal.shared.Formats.date(m.date()) + ")");
        milestone.setId("targets-milestone");
        milestone.setWidth("18em");
        milestone.addValueChangeListener(e -> show());
        HorizontalLayout bar = new HorizontalLayout(plan, milestone);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        if (planner) {
            Button rules = new Button(getTranslation("rules.open"), VaadinIcon.COG.create(), e -> {
                if (planId != null) {
                    new RulesDialog(setup, targets, planId, this::show).open();
                }
            });
            rules.setId("targets-rules");
            Button history = new Button(getTranslation("targets.history"), VaadinIcon.CLOCK.create(), e -> {
                if (planId != null) {
                    new HistoryDialog(targets.history(planId)).open();
                }
            });
            Button start = new Button(
                    getTranslation("setup.open"),
                    VaadinIcon.PLUS.create(),
                    e -> new SetupDialog(setup, plans, targets, created -> UIHelpers.reload(this)).open());
            bar.add(rules, history, start);
        }
        content.setPadding(false);
        content.setSizeFull();
        add(new H2(getTranslation("targets.title")), bar, tabs, content);
        if (withIndicators.isEmpty()) {
            content.add(UIHelpers.empty(getTranslation("indicator.noPlans")));
        } else {
            plan.setValue(withIndicators.getFirst());
        }
    }

    private void loadDistricts() {
        district.clear();
        districtCount = 0;
        milestone.clear();
        milestone.setVisible(false);
        if (planId != null) {
            List<MilestoneInfo> milestones =
                    targets.set(planId).map(IndicatorSet::milestones).orElse(List.of());
            if (milestones.size() > 2) {
                milestone.setItems(milestones);
                current(milestones).ifPresent(milestone::setValue);
                milestone.setVisible(true);
            }
        }
        if (planId != null) {
            List<TargetRow> rows =
                    targets.matrix(planId, UnitLevel.DISTRICT, null).rows();
            district.setItems(rows);
            districtCount = rows.size();
            if (!rows.isEmpty()) {
                district.setValue(rows.getFirst());
            }
        }
    }

    private void show() {
        content.removeAll();
        if (planId == null) {
            return;
        }
        Tab selected = tabs.getSelectedTab();
        UnitLevel level = selected == districts
                ? UnitLevel.DISTRICT
                : selected == communes ? UnitLevel.COMMUNE : UnitLevel.DEPARTMENT;
        boolean withoutDistricts = level == UnitLevel.COMMUNE && !hasDistricts();
        if (level == UnitLevel.COMMUNE && !withoutDistricts) {
            content.add(district);
            if (district.getValue() == null) {
                content.add(UIHelpers.empty(getTranslation("targets.chooseDistrict")));
                return;
            }
        }
        TargetMatrix matrix = targets.matrix(
                planId,
                level,
                level == UnitLevel.COMMUNE && !withoutDistricts
                        ? district.getValue().unitId()
                        : null);
        IndicatorSet set = matrix.set();
        if (set.inherited()) {
            content.add(new Paragraph(getTranslation("targets.inheritedSet", set.planLabel())));
        }
        if (matrix.rows().isEmpty()) {
            content.add(UIHelpers.empty(getTranslation("targets.empty")));
            return;
        }
        content.add(grid(matrix));
        Span legend = new Span(getTranslation("targets.legend"));
        legend.addClassName("cchc-legend");
        content.add(legend);
        if (!set.exclusions().isEmpty() && level == UnitLevel.DEPARTMENT) {
            Span excluded = new Span(getTranslation("targets.excluded") + " "
                    + String.join(
                            "; ",
                            set.exclusions().stream()
                                    .map(x -> x.unitName() + " (" + x.reason() + ")")
                                    .toList()));
            excluded.addClassName("cchc-legend");
            excluded.setId("targets-excluded");
            content.add(excluded);
        }
    }

    /** Whether the plan has districts (before 01/07/2025); after it communes and wards are listed directly. */
    private boolean hasDistricts() {
        return districtCount > 0;
    }

    private Grid<TargetRow> grid(TargetMatrix matrix) {
        IndicatorSet set = matrix.set();
        Locale locale = getLocale();
        Grid<TargetRow> grid = new Grid<>();
        grid.setId("targets-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TargetRow::unitName)
                .setHeader(getTranslation("targets.col.unit"))
                .setFrozen(true)
                .setWidth("14em")
                .setFlexGrow(0);
        HeaderRow top = grid.prependHeaderRow();
        boolean filtered = milestone.getValue() != null
                && set.milestones().stream()
                        .anyMatch(m -> m.id() == milestone.getValue().id());
        for (int i = 0; i < set.indicators().size(); i++) {
            IndicatorInfo indicator = set.indicators().get(i);
            int ii = i;
            List<Grid.Column<TargetRow>> group = new java.util.ArrayList<>();
            group.add(grid.addColumn(r -> IndicatorTexts.number(r.cell(ii, 0).baseline(), locale))
                    .setHeader(getTranslation("targets.col.baseline"))
                    .setKey("b" + i)
                    .setWidth("5.5em")
                    .setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.END));
            for (int m = 0; m < set.milestones().size(); m++) {
                int mm = m;
                if (filtered
                        && set.milestones().get(m).id() != milestone.getValue().id()) {
                    continue;
                }
                group.add(grid.addColumn(LitRenderer.<TargetRow>of(
                                        "<span class='cchc-target-cell ${item.c}' title='${item.t}' data-unit='${item.u}' "
                                                + "data-col='t" + i + "-" + m + "'>${item.v}</span>")
                                .withProperty("v", r -> cellText(r.cell(ii, mm), locale))
                                .withProperty("u", TargetRow::unitName)
                                .withProperty("c", r -> cellClass(r.cell(ii, mm)))
                                .withProperty("t", r -> cellTip(r.cell(ii, mm), locale)))
                        .setHeader(shortLabel(set.milestones().get(m)))
                        .setKey("t" + i + "-" + m)
                        .setWidth("6.5em")
                        .setFlexGrow(0)
                        .setTextAlign(ColumnTextAlign.END));
            }
            Span header = new Span(indicator.shortName());
            header.getElement().setAttribute("title", indicator.name());
            header.getStyle().set("white-space", "normal");
            top.join(group.toArray(Grid.Column[]::new)).setComponent(header);
        }
        grid.setItems(matrix.rows());
        grid.setHeight(Math.min(40, 6 + matrix.rows().size() * 2.3) + "rem");
        grid.setWidthFull();
        if (matrix.canOverride()) {
            grid.addItemClickListener(e -> {
                String key = e.getColumn() == null ? null : e.getColumn().getKey();
                if (key == null || !key.startsWith("t") || e.getItem() == null) {
                    return;
                }
                String[] parts = key.substring(1).split("-");
                int i = Integer.parseInt(parts[0]);
                int m = Integer.parseInt(parts[1]);
                new OverrideDialog(
                                targets,
                                planId,
                                e.getItem(),
                                set.indicators().get(i),
                                set.milestones().get(m),
                                e.getItem().cell(i, m),
                                this::show)
                        .open();
            });
        }
        return grid;
    }

    /** The milestone to show first when a plan has many: the first one not yet past, else the last. */
    private java.util.Optional<MilestoneInfo> current(List<MilestoneInfo> milestones) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return milestones.stream()
                .filter(m -> !m.date().isBefore(today))
                .findFirst()
                .or(() -> milestones.isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(milestones.getLast()));
    }

    private String shortLabel(MilestoneInfo m) {
        return m.dayNumber() != null ? getTranslation("targets.col.day", m.dayNumber()) : m.label();
    }

    static String cellText(TargetCell cell, Locale locale) {
        if (cell.target() == null) {
            return "–";
        }
        String text = IndicatorTexts.number(cell.target(), locale);
        return switch (cell.source()) {
            case OVERRIDE -> text + " ✎";
            case INHERITED -> "↳ " + text;
            default -> text;
        };
    }

    static String cellClass(TargetCell cell) {
        return switch (cell.source()) {
            case OVERRIDE -> "cchc-target-override";
            case INHERITED -> "cchc-target-inherited";
            case NONE -> "cchc-target-none";
            case RULE -> "";
        };
    }

    private String cellTip(TargetCell cell, Locale locale) {
        StringBuilder tip = new StringBuilder(
                getTranslation("targets.tip.computed", IndicatorTexts.number(cell.computed(), locale)));
        if (cell.source() == CellSource.INHERITED) {
            tip.append(" · ").append(getTranslation("targets.inheritedFrom", cell.inheritedFrom()));
        }
        if (cell.overridden()) {
            tip.append(" · ").append(getTranslation("targets.tip.reason", Texts.shorten(cell.reason(), 200)));
        }
        return tip.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title") + " – " + getTranslation("app.name");
    }
}
