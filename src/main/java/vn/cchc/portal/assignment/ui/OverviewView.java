package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.Overview;
import vn.cchc.portal.assignment.OverviewService;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.EChart;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For planners and leaders: completion by area (rates on a 0–100 % axis; a bar opens the area's tasks) and by unit,
 * overdue work, units that have not reported. Opens on the plan in force ({@code ?plan=} picks another).
 */
@Route("overview")
@Menu(order = 50, title = "menu.overview", icon = "vaadin:chart")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER, Role.Names.LEADER})
public class OverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient OverviewService overviews;
    private final transient AssignmentService assignments;
    private final transient vn.cchc.portal.assignment.DashboardService dashboards;
    private final VerticalLayout content = new VerticalLayout();
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final List<PlanSummary> issued;
    private long planId;

    OverviewView(
            OverviewService overviews,
            PlanService plans,
            AssignmentService assignments,
            vn.cchc.portal.assignment.DashboardService dashboards) {
        this.dashboards = dashboards;
        this.overviews = overviews;
        this.assignments = assignments;
        issued = plans.list(PlanFilter.all()).stream()
                .filter(p -> p.status() != PlanStatus.DRAFT)
                .toList();
        plan.setLabel(getTranslation("overview.plan"));
        plan.setItems(issued);
        plan.setItemLabelGenerator(p -> (p.number() == null ? "" : p.number() + " – ") + p.title());
        plan.setWidth("min(48em, 100%)");
        plan.setId("overview-plan");
        plan.addValueChangeListener(e -> show(e.getValue()));
        content.setPadding(false);
        add(new H1(getTranslation("overview.title")), plan, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("plan")
                .map(p -> {
                    try {
                        return Long.valueOf(p);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElse(null);
        issued.stream()
                .filter(p -> wanted != null && p.id() == wanted)
                .findFirst()
                .or(() -> overviews
                        .defaultPlan()
                        .flatMap(d ->
                                issued.stream().filter(p -> p.id() == d.id()).findFirst()))
                .ifPresent(plan::setValue);
    }

    private void show(PlanSummary plan) {
        content.removeAll();
        if (plan == null) {
            return;
        }
        planId = plan.id();
        Overview overview = overviews.of(plan.id());
        if (overview.byUnit().isEmpty()) {
            content.add(new Paragraph(getTranslation("overview.empty")));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("overview.chartHint"));
        hint.addClassName("cchc-hint");
        content.add(areaChart(overview), hint);
        content.add(new H2(getTranslation("overview.byUnit")));
        Grid<Overview.UnitProgress> units = new Grid<>();
        units.addColumn(Overview.UnitProgress::unitName)
                .setHeader(getTranslation("subplan.col.unit"))
                .setFlexGrow(3);
        units.addColumn(Overview.UnitProgress::total).setHeader(getTranslation("overview.col.total"));
        units.addColumn(Overview.UnitProgress::done).setHeader(getTranslation("overview.col.done"));
        units.addColumn(Overview.UnitProgress::overdue).setHeader(getTranslation("overview.col.overdue"));
        units.addColumn(u -> percent(u.averagePercent())).setHeader(getTranslation("overview.col.avg"));
        units.setPartNameGenerator(u -> u.overdue() > 0 ? "cchc-late-row" : null);
        units.setItems(overview.byUnit());
        units.addItemClickListener(e -> {
            if (e.getItem() != null) {
                new UnitTasksDialog(
                                e.getItem().unitName(),
                                assignments.ofUnitInPlan(planId, e.getItem().unitId()),
                                dashboards.history(e.getItem().unitId()))
                        .open();
            }
        });
        units.setHeight("24rem");
        units.addThemeVariants(GridVariant.LUMO_COMPACT);
        units.setId("overview-units");
        units.setAriaLabel(getTranslation("overview.byUnit"));
        content.add(units);

        content.add(new H2(
                getTranslation("overview.overdue") + " (" + overview.overdue().size() + ")"));
        Grid<AssignmentSummary> overdue = new Grid<>();
        overdue.addColumn(AssignmentSummary::unitName)
                .setHeader(getTranslation("subplan.col.unit"))
                .setFlexGrow(2);
        overdue.addColumn(a -> (a.itemNumber() == null ? "" : a.itemNumber() + ". ") + a.itemLabel())
                .setHeader(getTranslation("tasks.col.item"))
                .setFlexGrow(3);
        overdue.addColumn(a -> Formats.date(a.dueDate())).setHeader(getTranslation("tasks.col.due"));
        overdue.addColumn(a -> a.percent() + "%").setHeader("%");
        overdue.setItems(overview.overdue());
        overdue.setHeight("20rem");
        overdue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdue.addItemClickListener(e -> {
            if (e.getItem() != null) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id()));
            }
        });
        overdue.setId("overview-overdue");
        overdue.setAriaLabel(getTranslation("overview.overdue"));
        content.add(overdue);

        if (overview.currentPeriod() == null) {
            content.add(new Paragraph(getTranslation("overview.noPeriod")));
        } else {
            content.add(new H2(getTranslation(
                            "overview.notReported",
                            getTranslation(
                                    overview.currentPeriod().labelKey(),
                                    overview.currentPeriod().labelArgs().toArray()))
                    + " (" + overview.notReported().size() + ")"));
            Paragraph names = new Paragraph(String.join(
                    "; ",
                    overview.notReported().stream()
                            .map(Overview.UnitRef::unitName)
                            .toList()));
            names.setId("overview-not-reported");
            content.add(names);
        }
    }

    /** Done and average completion by area, both in percent on a 0–100 axis; a bar opens the area's tasks. */
    private EChart areaChart(Overview overview) {
        Map<String, Overview.AreaProgress> byLabel = areas(overview);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(
                getTranslation("overview.series.done"),
                byLabel.values().stream().map(a -> round(a.donePercent())).toList());
        series.put(
                getTranslation("overview.series.avg"),
                byLabel.values().stream().map(a -> round(a.averagePercent())).toList());
        EChart chart = EChart.bars(getTranslation("overview.byArea"), List.copyOf(byLabel.keySet()), series)
                .setValueRange(0, 100);
        chart.setWidthFull();
        chart.setHeight(Math.max(320, 64 * byLabel.size() + 100) + "px");
        chart.setId("overview-chart");
        // the areas' task lists are read again on a click: a session keeps only the chart, not every task of the plan
        long shownPlan = overview.planId();
        chart.addCategoryClickListener(category -> areas(overviews.of(shownPlan)).entrySet().stream()
                .filter(e -> e.getKey().equals(category))
                .findFirst()
                .ifPresent(e -> new UnitTasksDialog(category, e.getValue().tasks(), true).open()));
        return chart;
    }

    private Map<String, Overview.AreaProgress> areas(Overview overview) {
        Map<String, Overview.AreaProgress> byLabel = new LinkedHashMap<>();
        overview.byArea()
                .forEach(a -> byLabel.put(a.label() == null ? getTranslation("overview.otherArea") : a.label(), a));
        return byLabel;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String percent(double value) {
        return Formats.number(BigDecimal.valueOf(round(value)), getLocale()) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
