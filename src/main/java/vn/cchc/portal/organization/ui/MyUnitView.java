package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Role;

import java.util.List;

/** A unit head's or staff member's own unit and the units below it (a district sees its communes). */
@Route("my-unit")
@Menu(order = 10, title = "menu.myunit", icon = "vaadin:building")
@RolesAllowed({Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    MyUnitView(OrgUnitService units) {
        setSizeFull();
        List<OrgUnitSummary> rows = units.ownSubtree();
        TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
        grid.addHierarchyColumn(OrgUnitSummary::name).setHeader(getTranslation("orgunits.col.name")).setFlexGrow(3);
        grid.addColumn(OrgUnitSummary::code).setHeader(getTranslation("orgunits.col.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.kind().labelKey())).setHeader(getTranslation("orgunits.col.kind"))
                .setAutoWidth(true);
        List<OrgUnitSummary> roots = OrgUnitTree.roots(rows);
        grid.setItems(roots, u -> OrgUnitTree.children(rows, u));
        grid.expand(roots);
        grid.setSizeFull();
        grid.setId("my-unit-grid");
        String title = rows.isEmpty() ? getTranslation("myunit.title") : rows.getFirst().name();
        add(new H2(title), new H3(getTranslation("myunit.units")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myunit.title") + " – " + getTranslation("app.name");
    }
}
