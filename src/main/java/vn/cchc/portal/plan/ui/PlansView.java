package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitLabels;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Reform plans the user may see: filter by year, kind, status and issuer; search with or without diacritics. */
@Route("plans")
@Menu(order = 40, title = "menu.plans", icon = "vaadin:clipboard-text")
@PermitAll
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlanService plans;
    private final Grid<PlanSummary> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<PlanKind> kind = new ComboBox<>();
    private final ComboBox<PlanStatus> status = new ComboBox<>();
    private final ComboBox<OrgUnitSummary> issuer = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span count = new Span();

    PlansView(PlanService plans, OrgUnitService units, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("plans.filter.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 2)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setClearButtonVisible(true);
        year.setWidth("9em");
        kind.setLabel(getTranslation("plans.filter.kind"));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setClearButtonVisible(true);
        status.setLabel(getTranslation("plans.filter.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        issuer.setLabel(getTranslation("plans.filter.issuer"));
        List<OrgUnitSummary> unitList = units.activeUnits();
        UnitLabels labels = units.labels();
        issuer.setItems((ComboBox.ItemFilter<OrgUnitSummary>) (u, f) -> labels.matches(u.id(), f), unitList);
        issuer.setItemLabelGenerator(u -> labels.label(u.id()));
        issuer.setClearButtonVisible(true);
        issuer.setWidth("18em");
        search.setLabel(getTranslation("plans.filter.search"));
        search.setPlaceholder(getTranslation("plans.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setId("plan-search");
        year.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        issuer.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, year, kind, status, issuer, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(p -> p.number() == null ? getTranslation("plans.noNumber") : p.number())
                .setHeader(getTranslation("plans.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlanSummary::title)
                .setHeader(getTranslation("plans.col.title"))
                .setFlexGrow(4);
        grid.addColumn(p -> labels.label(p.issuingUnitId()))
                .setHeader(getTranslation("plans.col.issuer"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.kind().labelKey()))
                .setHeader(getTranslation("plans.col.kind"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(PlanSummary::year)
                .setHeader(getTranslation("plans.col.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p ->
                        PlanBadges.status(p.status(), getTranslation(p.status().labelKey())))
                .setHeader(getTranslation("plans.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.issueDate() == null ? "" : Formats.date(p.issueDate()))
                .setHeader(getTranslation("plans.col.issueDate"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlanSummary::itemCount)
                .setHeader(getTranslation("plans.col.items"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p -> {
                    com.vaadin.flow.component.html.Anchor pdf =
                            new com.vaadin.flow.component.html.Anchor("/reports/plans/" + p.id() + ".pdf", "PDF");
                    pdf.getElement().setAttribute("router-ignore", true);
                    pdf.getElement().setAttribute("download", true);
                    pdf.getElement().setAttribute("title", getTranslation("plan.action.download"));
                    pdf.setId("plan-pdf-" + p.id());
                    return pdf;
                })
                .setHeader(getTranslation("grid.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("plans-grid");
        grid.setEmptyStateText(getTranslation("plans.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(PlanEditorView.class, e.getItem().id()));
            }
        });

        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("plans.title")));
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        boolean mayCreate = currentUser
                .get()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.PLANNER) || u.has(Role.UNIT_HEAD))
                .orElse(false);
        if (mayCreate) {
            Button create = WriteButtons.opens(
                    new Button(getTranslation("plans.create"), VaadinIcon.PLUS.create()),
                    () -> new NewPlanDialog(
                            plans,
                            units,
                            currentUser,
                            clock,
                            id -> getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class, id))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-plan");
            top.add(create);
            create.getStyle().set("margin-left", "auto");
        }
        add(top, filters, grid);
        refresh();
    }

    /** Counts the plans; the grid reads them page by page as it scrolls. */
    private void refresh() {
        PlanFilter filter = new PlanFilter(
                year.getValue(),
                kind.getValue(),
                status.getValue(),
                issuer.getValue() == null ? null : issuer.getValue().id(),
                search.getValue());
        int total = (int) plans.count(filter);
        grid.setItems(
                query -> plans.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> total);
        count.setText(getTranslation("plans.count", total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " – " + getTranslation("app.name");
    }
}
