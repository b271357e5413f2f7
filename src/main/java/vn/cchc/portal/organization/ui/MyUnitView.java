package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit head's or staff member's own unit and the units below it (a district sees its communes). The head records
 * the unit's own offices and divisions here (sub-units), so that work can be given to them.
 */
@Route("my-unit")
@Menu(order = 10, title = "menu.myunit", icon = "vaadin:building")
@RolesAllowed({Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrgUnitService units;
    private final transient OrgUnitAdministration administration;
    private final transient Clock clock;
    private final TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
    private final H2 title = new H2();

    MyUnitView(OrgUnitService units, OrgUnitAdministration administration, CurrentUser currentUser, Clock clock) {
        this.units = units;
        this.administration = administration;
        this.clock = clock;
        setSizeFull();
        grid.addHierarchyColumn(OrgUnitSummary::name).setHeader(getTranslation("orgunits.col.name")).setFlexGrow(3);
        grid.addColumn(OrgUnitSummary::code).setHeader(getTranslation("orgunits.col.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.kind().labelKey())).setHeader(getTranslation("orgunits.col.kind"))
                .setAutoWidth(true);
        grid.setSizeFull();
        grid.setId("my-unit-grid");

        boolean head = currentUser.get().map(u -> u.has(Role.UNIT_HEAD)).orElse(false);
        Button add = new Button(getTranslation("myunit.addSubunit"), VaadinIcon.PLUS.create(),
                e -> open(UnitForm.under(currentUser.require().unitId(), OrgUnitKind.SUBUNIT, LocalDate.now(clock))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-subunit");
        add.setVisible(head);
        if (head) {
            GridContextMenu<OrgUnitSummary> menu = grid.addContextMenu();
            menu.setDynamicContentHandler(u -> u != null && u.validTo() == null);
            menu.addItem(getTranslation("orgunits.addChild"), e -> e.getItem().ifPresent(u ->
                    open(UnitForm.under(u.id(), OrgUnitKind.SUBUNIT, LocalDate.now(clock)))));
            menu.addItem(getTranslation("orgunits.edit"), e -> e.getItem()
                    .filter(u -> u.kind() == OrgUnitKind.SUBUNIT && u.depth() > 0)
                    .ifPresent(u -> open(administration.form(u.id()))));
        }
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("myunit.units")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, header, grid);
        refresh();
    }

    private void open(UnitForm form) {
        List<OrgUnitSummary> parents = units.ownSubtree().stream().filter(u -> u.validTo() == null).toList();
        new UnitDialog(form, parents, List.of(OrgUnitKind.SUBUNIT),
                f -> f.isNew() ? administration.create(f) : administration.update(f), saved -> {
                    refresh();
                    UnitSaved.show(saved, false);
                }).open();
    }

    private void refresh() {
        List<OrgUnitSummary> rows = units.ownSubtree();
        List<OrgUnitSummary> roots = OrgUnitTree.roots(rows);
        grid.setItems(roots, u -> OrgUnitTree.children(rows, u));
        grid.expandRecursively(roots, 3);
        title.setText(rows.isEmpty() ? getTranslation("myunit.title") : rows.getFirst().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myunit.title") + " – " + getTranslation("app.name");
    }
}
