package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import vn.cchc.portal.organization.UnitWorkload;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A unit head's or staff member's own unit and the units below it (a district sees its communes), each with how it
 * does with the work of the plans in force: tasks, done, overdue, average completion. The head records the unit's
 * own offices and divisions here (sub-units), so that work can be given to them.
 */
@Route("my-unit")
@Menu(order = 10, title = "menu.myunit", icon = "vaadin:building")
@RolesAllowed({Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrgUnitService units;
    private final transient OrgUnitAdministration administration;
    private final transient UnitWorkload workload;
    private final transient Clock clock;
    private final TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
    private final H1 title = new H1();
    private Map<Long, UnitWorkload.Figures> figures = Map.of();

    MyUnitView(
            OrgUnitService units,
            OrgUnitAdministration administration,
            UnitWorkload workload,
            CurrentUser currentUser,
            Clock clock) {
        this.units = units;
        this.administration = administration;
        this.workload = workload;
        this.clock = clock;
        setSizeFull();
        grid.addHierarchyColumn(OrgUnitSummary::name)
                .setHeader(getTranslation("orgunits.col.name"))
                .setFlexGrow(3);
        grid.addColumn(OrgUnitSummary::code)
                .setHeader(getTranslation("orgunits.col.code"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.kind().labelKey()))
                .setHeader(getTranslation("orgunits.col.kind"))
                .setAutoWidth(true);
        figure("overview.col.total", f -> String.valueOf(f.tasks()));
        figure("overview.col.done", f -> String.valueOf(f.done()));
        figure("overview.col.overdue", f -> String.valueOf(f.overdue()));
        figure(
                "overview.col.avg",
                f -> Formats.number(BigDecimal.valueOf(Math.round(f.averagePercent() * 10) / 10.0), getLocale()) + "%");
        grid.setPartNameGenerator(
                u -> figures.containsKey(u.id()) && figures.get(u.id()).overdue() > 0 ? "cchc-late-row" : null);
        grid.setAriaLabel(getTranslation("myunit.units"));
        grid.setSizeFull();
        grid.setId("my-unit-grid");

        boolean head = currentUser.get().map(u -> u.has(Role.UNIT_HEAD)).orElse(false);
        Button add = new Button(
                getTranslation("myunit.addSubunit"),
                VaadinIcon.PLUS.create(),
                e -> open(UnitForm.under(currentUser.require().unitId(), OrgUnitKind.SUBUNIT, LocalDate.now(clock))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-subunit");
        add.setVisible(head);
        if (head) {
            GridContextMenu<OrgUnitSummary> menu = grid.addContextMenu();
            menu.setDynamicContentHandler(u -> u != null && u.validTo() == null);
            menu.addItem(
                    getTranslation("orgunits.addChild"),
                    e -> e.getItem()
                            .ifPresent(u -> open(UnitForm.under(u.id(), OrgUnitKind.SUBUNIT, LocalDate.now(clock)))));
            menu.addItem(
                    getTranslation("orgunits.edit"),
                    e -> e.getItem()
                            .filter(u -> u.kind() == OrgUnitKind.SUBUNIT && u.depth() > 0)
                            .ifPresent(u -> open(administration.form(u.id()))));
        }
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("myunit.units")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, header, grid);
        refresh();
    }

    /** A column of the unit's work figures; empty for a unit without work in the plans in force. */
    private void figure(String headerKey, Function<UnitWorkload.Figures, String> value) {
        grid.addColumn(u -> figures.containsKey(u.id()) ? value.apply(figures.get(u.id())) : "")
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void open(UnitForm form) {
        List<OrgUnitSummary> parents =
                units.ownSubtree().stream().filter(u -> u.validTo() == null).toList();
        new UnitDialog(
                        form,
                        parents,
                        List.of(OrgUnitKind.SUBUNIT),
                        f -> f.isNew() ? administration.create(f) : administration.update(f),
                        saved -> {
                            refresh();
                            UnitSaved.show(saved, false);
                        })
                .open();
    }

    private void refresh() {
        List<OrgUnitSummary> rows = units.ownSubtree();
        figures = workload.of(rows.stream().map(OrgUnitSummary::id).toList());
        List<OrgUnitSummary> roots = OrgUnitTree.roots(rows);
        grid.setItems(roots, u -> OrgUnitTree.children(rows, u));
        grid.expandRecursively(roots, 3);
        title.setText(
                rows.isEmpty()
                        ? getTranslation("myunit.title")
                        : rows.getFirst().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myunit.title") + " – " + getTranslation("app.name");
    }
}
