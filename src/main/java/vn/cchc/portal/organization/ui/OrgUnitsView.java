package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.organization.OrgUnitAdministration;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitForm;
import vn.cchc.portal.organization.UnitImport;
import vn.cchc.portal.organization.UnitImportMode;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.DatePickers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The organisation tree for administrators and planners, with diacritic-insensitive search and the PDF list. */
@Route("org-units")
@Menu(order = 20, title = "menu.orgunits", icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER})
public class OrgUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrgUnitService units;
    private final TreeGrid<OrgUnitSummary> grid = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Checkbox showEnded = new Checkbox();
    private final DatePicker asOf = DatePickers.vietnamese(null);
    private final Span count = new Span();

    private final transient OrgUnitAdministration administration;
    private final transient Clock clock;
    private final transient UnitImport unitImport;

    OrgUnitsView(
            OrgUnitService units,
            OrgUnitAdministration administration,
            UnitImport unitImport,
            CurrentUser currentUser,
            Clock clock) {
        this.units = units;
        this.unitImport = unitImport;
        this.administration = administration;
        this.clock = clock;
        setSizeFull();

        search.setPlaceholder(getTranslation("orgunits.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.setId("org-search");
        search.addValueChangeListener(e -> refresh());
        showEnded.setLabel(getTranslation("orgunits.showEnded"));
        showEnded.addValueChangeListener(e -> {
            asOf.setEnabled(!e.getValue());
            refresh();
        });
        asOf.setLabel(getTranslation("orgunits.asOf"));
        asOf.setId("org-as-of");
        asOf.setClearButtonVisible(false);
        asOf.setValue(LocalDate.now(clock));
        asOf.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                asOf.setValue(LocalDate.now(clock));
            } else {
                refresh();
            }
        });

        HorizontalLayout downloads = new HorizontalLayout(
                download("pdf", getTranslation("orgunits.download.pdf")),
                download("docx", getTranslation("orgunits.download.docx")),
                download("xlsx", getTranslation("orgunits.download.xlsx")),
                new Anchor("carry-over", getTranslation("orgunits.carryOver")));
        boolean admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        Button add = new Button(
                getTranslation("orgunits.add"), VaadinIcon.PLUS.create(), e -> openNew(null, OrgUnitKind.DEPARTMENT));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-unit");
        add.setVisible(admin);
        Button importUnits = new Button(
                getTranslation("unitimport.open.list"),
                VaadinIcon.UPLOAD.create(),
                e -> openImport(UnitImportMode.UNIT_LIST));
        importUnits.setId("import-units");
        Button importRestructuring = new Button(
                getTranslation("unitimport.open.restructuring"),
                VaadinIcon.SITEMAP.create(),
                e -> openImport(UnitImportMode.RESTRUCTURING));
        importRestructuring.setId("import-restructuring");
        importUnits.setVisible(admin);
        importRestructuring.setVisible(admin);
        HorizontalLayout toolbar =
                new HorizontalLayout(search, asOf, showEnded, count, add, importUnits, importRestructuring);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addHierarchyColumn(OrgUnitSummary::name)
                .setHeader(getTranslation("orgunits.col.name"))
                .setFlexGrow(4)
                .setResizable(true);
        grid.addColumn(OrgUnitSummary::code)
                .setHeader(getTranslation("orgunits.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.kind().labelKey()))
                .setHeader(getTranslation("orgunits.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OrgUnitSummary::shortName)
                .setHeader(getTranslation("orgunits.col.shortName"))
                .setFlexGrow(1);
        grid.addColumn(this::validity)
                .setHeader(getTranslation("orgunits.col.validity"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(OrgUnitSummary::successorName)
                .setHeader(getTranslation("orgunits.col.successor"))
                .setFlexGrow(1);
        grid.setPartNameGenerator(u -> u.validTo() != null ? "cchc-ended" : null);
        grid.setSizeFull();
        grid.setId("org-grid");
        grid.setEmptyStateText(getTranslation("orgunits.empty", ""));

        if (admin) {
            GridContextMenu<OrgUnitSummary> menu = grid.addContextMenu();
            menu.setDynamicContentHandler(unit -> unit != null && unit.validTo() == null);
            menu.addItem(
                    getTranslation("orgunits.edit"),
                    e -> e.getItem().ifPresent(unit -> open(administration.form(unit.id()))));
            menu.addItem(
                    getTranslation("orgunits.addChild"),
                    e -> e.getItem().ifPresent(unit -> openNew(unit.id(), childKind(unit.kind()))));
            menu.addItem(
                    getTranslation("orgunits.end.title"),
                    e -> e.getItem()
                            .ifPresent(unit -> new EndUnitDialog(
                                            unit,
                                            units.selectable(),
                                            units.labels(),
                                            LocalDate.now(clock),
                                            (lastDay, successor) -> {
                                                units.end(unit.id(), lastDay, successor);
                                                refresh();
                                            })
                                    .open()));
        }
        add(new H2(getTranslation("orgunits.title")), downloads, toolbar, grid);
        refresh();
    }

    private void openImport(UnitImportMode mode) {
        new UnitImportDialog(unitImport, mode, () -> refresh()).open();
    }

    private static OrgUnitKind childKind(OrgUnitKind parent) {
        return switch (parent) {
            case PROVINCE -> OrgUnitKind.DEPARTMENT;
            case DISTRICT -> OrgUnitKind.COMMUNE;
            default -> OrgUnitKind.SUBUNIT;
        };
    }

    private void openNew(Long parentId, OrgUnitKind kind) {
        open(UnitForm.under(parentId, kind, LocalDate.now(clock)));
    }

    private void open(UnitForm form) {
        new UnitDialog(
                        form,
                        units.selectable(),
                        List.of(OrgUnitKind.values()),
                        f -> f.isNew() ? administration.create(f) : administration.update(f),
                        saved -> {
                            refresh();
                            grid.select(saved);
                            UnitSaved.show(saved, true);
                        })
                .open();
    }

    private Anchor download(String extension, String label) {
        Anchor anchor = new Anchor("/reports/org-units." + extension, label);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        anchor.setId("download-" + extension);
        return anchor;
    }

    private String validity(OrgUnitSummary unit) {
        if (unit.validTo() == null) {
            return getTranslation("orgunits.validity.from", Formats.date(unit.validFrom()));
        }
        return getTranslation("orgunits.validity.range", Formats.date(unit.validFrom()), Formats.date(unit.validTo()));
    }

    private void refresh() {
        LocalDate day = asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
        List<OrgUnitSummary> rows = units.searchOn(search.getValue(), showEnded.getValue() ? null : day);
        grid.setItems(OrgUnitTree.roots(rows), unit -> OrgUnitTree.children(rows, unit));
        grid.setEmptyStateText(getTranslation("orgunits.empty", search.getValue()));
        if (!search.getValue().isBlank() || rows.size() < 60) {
            grid.expandRecursively(OrgUnitTree.roots(rows), 10);
        } else {
            grid.expand(OrgUnitTree.roots(rows));
        }
        count.setText(getTranslation("orgunits.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orgunits.title") + " – " + getTranslation("app.name");
    }
}
