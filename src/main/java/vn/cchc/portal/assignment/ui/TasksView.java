package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentStatus;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.TaskFilter;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Việc của đơn vị": the unit's tasks across plans, overdue first and highlighted. */
@Route("tasks")
@Menu(order = 5, title = "menu.tasks", icon = "vaadin:tasks")
@RolesAllowed({Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class TasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AssignmentService assignments;
    private final Grid<AssignmentSummary> grid = new Grid<>();
    private final ComboBox<Long> plan = new ComboBox<>();
    private final ComboBox<AssignmentStatus> status = new ComboBox<>();
    private final ComboBox<PeriodView> period = new ComboBox<>();
    private final Checkbox dueSoon = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Map<Long, String> planNames = new LinkedHashMap<>();

    TasksView(AssignmentService assignments) {
        this.assignments = assignments;
        setSizeFull();
        Map<Long, String> plans = planNames;
        assignments
                .myPlans()
                .forEach(p -> plans.put(p.id(), (p.number() == null ? "" : p.number() + " – ") + p.title()));
        plan.setLabel(getTranslation("tasks.filter.plan"));
        plan.setItems(plans.keySet());
        plan.setItemLabelGenerator(plans::get);
        plan.setClearButtonVisible(true);
        plan.setWidth("24em");
        period.setLabel(getTranslation("tasks.filter.period"));
        period.setItemLabelGenerator(
                p -> getTranslation(p.labelKey(), p.labelArgs().toArray()) + " – "
                        + getTranslation("task.periodDue", Formats.date(p.dueDate())));
        period.setClearButtonVisible(true);
        period.setEnabled(false);
        period.setWidth("22em");
        period.setHelperText(getTranslation("tasks.filter.period.help"));
        plan.addValueChangeListener(e -> {
            period.clear();
            period.setEnabled(e.getValue() != null);
            period.setItems(e.getValue() == null ? List.of() : assignments.myPeriods(e.getValue()));
        });
        period.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("tasks.filter.status"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        dueSoon.setLabel(getTranslation("tasks.filter.dueSoon"));
        overdue.setLabel(getTranslation("tasks.filter.overdue"));
        overdue.setId("tasks-overdue");
        search.setLabel(getTranslation("plans.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("tasks-search");
        plan.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        dueSoon.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        count.setId("tasks-count");
        HorizontalLayout filters = new HorizontalLayout(search, plan, period, status, dueSoon, overdue, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(a -> a.planNumber() == null ? a.planTitle() : a.planNumber())
                .setHeader(getTranslation("tasks.col.plan"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(a -> (a.itemNumber() == null ? "" : a.itemNumber() + ". ") + a.itemLabel())
                .setHeader(getTranslation("tasks.col.item"))
                .setFlexGrow(3);
        grid.addColumn(a -> TaskTexts.shorten(a.goal()))
                .setHeader(getTranslation("tasks.col.goal"))
                .setFlexGrow(3);
        grid.addColumn(a ->
                        getTranslation(a.role().labelKey()) + (a.passOn() ? " · " + getTranslation("task.passOn") : ""))
                .setHeader(getTranslation("tasks.col.role"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> TaskTexts.statusBadge(
                        a.status(), getTranslation(a.status().labelKey())))
                .setHeader(getTranslation("tasks.col.status"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(a -> a.percent() + "%").setHeader("%").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(a -> Formats.date(a.dueDate()))
                .setHeader(getTranslation("tasks.col.due"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(a -> a.latestState() == null
                        ? ""
                        : getTranslation(a.latestState().labelKey()))
                .setHeader(getTranslation("tasks.col.report"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(a -> a.isOverdue() ? "cchc-late-row" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("tasks-grid");
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id()));
            }
        });
        grid.setAriaLabel(getTranslation("tasks.title"));
        add(new H1(getTranslation("tasks.title")), filters, grid);
        refresh();
    }

    /** Links from the home page and notifications: {@code ?plan=12}, {@code ?overdue=1}, {@code ?dueSoon=1}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("plan")
                .flatMap(TasksView::id)
                .filter(planNames::containsKey)
                .ifPresent(plan::setValue);
        query.getSingleParameter("overdue").filter("1"::equals).ifPresent(x -> overdue.setValue(true));
        query.getSingleParameter("dueSoon").filter("1"::equals).ifPresent(x -> dueSoon.setValue(true));
    }

    private static java.util.Optional<Long> id(String text) {
        try {
            return java.util.Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Counts the tasks; the grid reads them page by page as it scrolls. */
    private void refresh() {
        Long periodId = period.getValue() == null ? null : period.getValue().id();
        TaskFilter filter = new TaskFilter(
                plan.getValue(),
                periodId,
                status.getValue(),
                dueSoon.getValue(),
                overdue.getValue(),
                search.getValue());
        int total = (int) assignments.countMyUnitTasks(filter);
        long late = assignments.countMyUnitTasks(new TaskFilter(
                plan.getValue(), periodId, status.getValue(), dueSoon.getValue(), true, search.getValue()));
        grid.setItems(
                query -> assignments.myUnitTasks(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> total);
        count.setText(getTranslation("tasks.count", total, late));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " – " + getTranslation("app.name");
    }
}
