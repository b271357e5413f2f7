package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For planners and leaders: completion by area and by unit, overdue work, units that have not reported. */
@Route("overview")
@Menu(order = 50, title = "menu.overview", icon = "vaadin:chart")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER, Role.Names.LEADER})
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private final transient OverviewService overviews;
    private final VerticalLayout content = new VerticalLayout();

    private final transient vn.cchc.portal.assignment.AssignmentService assignments;
    private long planId;

    OverviewView(OverviewService overviews, PlanService plans, vn.cchc.portal.assignment.AssignmentService assignments) {
        this.overviews = overviews;
        this.assignments = assignments;
        List<PlanSummary> issued = plans.list(PlanFilter.all()).stream()
                .filter(p -> p.status() != PlanStatus.DRAFT).toList();
        ComboBox<PlanSummary> plan = new ComboBox<>(getTranslation("overview.plan"));
        plan.setItems(issued);
        plan.setItemLabelGenerator(p -> (p.number() == null ? "" : p.number() + " – ") + p.title());
        plan.setWidth("min(48em, 100%)");
        plan.setId("overview-plan");
        plan.addValueChangeListener(e -> show(e.getValue()));
        content.setPadding(false);
        add(new H2(getTranslation("overview.title")), plan, content);
        issued.stream().filter(p -> p.status() == PlanStatus.ISSUED).findFirst()
                .or(() -> issued.stream().findFirst()).ifPresent(plan::setValue);
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
        List<String> areas = overview.byArea().stream().map(Overview.AreaProgress::label).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(getTranslation("overview.series.done"), overview.byArea().stream()
                .map(a -> a.total() == 0 ? 0.0 : Math.round(1000.0 * a.done() / a.total()) / 10.0).toList());
        series.put(getTranslation("overview.series.avg"), overview.byArea().stream()
                .map(a -> Math.round(a.averagePercent() * 10) / 10.0).toList());
        EChart chart = EChart.bars(getTranslation("overview.byArea"), areas, series);
        chart.setWidthFull();
        chart.setHeight(Math.max(320, 48 * areas.size()) + "px");
        chart.setId("overview-chart");
        content.add(chart);

        content.add(new H3(getTranslation("overview.byUnit")));
        Grid<Overview.UnitProgress> units = new Grid<>();
        units.addColumn(Overview.UnitProgress::unitName).setHeader(getTranslation("subplan.col.unit")).setFlexGrow(3);
        units.addColumn(Overview.UnitProgress::total).setHeader(getTranslation("overview.col.total"));
        units.addColumn(Overview.UnitProgress::done).setHeader(getTranslation("overview.col.done"));
        units.addColumn(Overview.UnitProgress::overdue).setHeader(getTranslation("overview.col.overdue"));
        units.addColumn(u -> Formats.number(java.math.BigDecimal.valueOf(Math.round(u.averagePercent() * 10) / 10.0),
                Formats.VIETNAMESE) + "%").setHeader(getTranslation("overview.col.avg"));
        units.setPartNameGenerator(u -> u.overdue() > 0 ? "cchc-late-row" : null);
        units.setItems(overview.byUnit());
        units.addItemClickListener(e -> {
            if (e.getItem() != null) {
                new UnitTasksDialog(e.getItem().unitName(), assignments.ofUnitInPlan(planId, e.getItem().unitId()))
                        .open();
            }
        });
        units.setHeight("24rem");
        units.addThemeVariants(GridVariant.LUMO_COMPACT);
        units.setId("overview-units");
        content.add(units);

        content.add(new H3(getTranslation("overview.overdue") + " (" + overview.overdue().size() + ")"));
        Grid<AssignmentSummary> overdue = new Grid<>();
        overdue.addColumn(AssignmentSummary::unitName).setHeader(getTranslation("subplan.col.unit")).setFlexGrow(2);
        overdue.addColumn(a -> (a.itemNumber() == null ? "" : a.itemNumber() + ". ") + a.itemLabel())
                .setHeader(getTranslation("tasks.col.item")).setFlexGrow(3);
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
        content.add(overdue);

        if (overview.currentPeriod() == null) {
            content.add(new Paragraph(getTranslation("overview.noPeriod")));
        } else {
            content.add(new H3(getTranslation("overview.notReported", overview.currentPeriod().label())
                    + " (" + overview.notReported().size() + ")"));
            content.add(new Paragraph(String.join("; ", overview.notReported().stream()
                    .map(Overview.UnitRef::unitName).toList())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
