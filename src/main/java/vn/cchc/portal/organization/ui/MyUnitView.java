package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.shared.Formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A unit head's or staff member's own unit and the units below it (a district sees its communes), each with how it
 * does with the work of the plans in force: tasks, done, overdue, average completion.
 */
@Route("my-unit")
@Menu(order = 10, title = "menu.myunit", icon = "vaadin:building")
@RolesAllowed({"UNIT_HEAD", "UNIT_STAFF"})
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    MyUnitView(OrgUnitService units, UnitWorkload workload) {
        setSizeFull();
        List<OrgUnitSummary> rows = units.ownSubtree();
        Map<Long, UnitWorkload.Figures> figures = workload.of(rows.stream().map(OrgUnitSummary::id).toList());
        TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
        grid.addHierarchyColumn(OrgUnitSummary::name).setHeader(getTranslation("orgunits.col.name")).setFlexGrow(3);
        grid.addColumn(OrgUnitSummary::code).setHeader(getTranslation("orgunits.col.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.kind().labelKey())).setHeader(getTranslation("orgunits.col.kind"))
                .setAutoWidth(true);
        figure(grid, figures, "overview.col.total", f -> String.valueOf(f.tasks()));
        figure(grid, figures, "overview.col.done", f -> String.valueOf(f.done()));
        figure(grid, figures, "overview.col.overdue", f -> String.valueOf(f.overdue()));
        figure(grid, figures, "overview.col.avg", f -> Formats.number(
                BigDecimal.valueOf(Math.round(f.averagePercent() * 10) / 10.0), getLocale()) + "%");
        grid.setPartNameGenerator(u -> figures.containsKey(u.id()) && figures.get(u.id()).overdue() > 0
                ? "cchc-late-row" : null);
        grid.setAriaLabel(getTranslation("myunit.units"));
        List<OrgUnitSummary> roots = OrgUnitTree.roots(rows);
        grid.setItems(roots, u -> OrgUnitTree.children(rows, u));
        grid.expand(roots);
        grid.setSizeFull();
        grid.setId("my-unit-grid");
        String title = rows.isEmpty() ? getTranslation("myunit.title") : rows.getFirst().name();
        add(new H1(title), new H2(getTranslation("myunit.units")), grid);
    }

    /** A column of the unit's work figures; empty for a unit without work in the plans in force. */
    private void figure(TreeGrid<OrgUnitSummary> grid, Map<Long, UnitWorkload.Figures> figures, String headerKey,
                        Function<UnitWorkload.Figures, String> value) {
        grid.addColumn(u -> figures.containsKey(u.id()) ? value.apply(figures.get(u.id())) : "")
                .setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myunit.title") + " – " + getTranslation("app.name");
    }
}
