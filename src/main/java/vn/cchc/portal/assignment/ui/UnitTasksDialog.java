package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.UnitHistory;
import vn.cchc.portal.shared.Formats;

import java.util.List;

/** Tasks of a plan opened from the overview (one unit's, or one area's with their units); a row opens the task. */
class UnitTasksDialog extends Dialog {

    /** One unit's tasks; for a unit formed in a reorganisation, first its years with its predecessors' work. */
    UnitTasksDialog(String title, List<AssignmentSummary> tasks, UnitHistory history) {
        this(title, tasks, false);
        if (history != null && !history.predecessors().isEmpty()) {
            addComponentAsFirst(historyOf(history));
        }
    }

    UnitTasksDialog(String title, List<AssignmentSummary> tasks, boolean showUnit) {
        setHeaderTitle(title);
        setWidth("min(70em, 95vw)");
        Grid<AssignmentSummary> grid = new Grid<>();
        if (showUnit) {
            grid.addColumn(AssignmentSummary::unitName)
                    .setHeader(getTranslation("subplan.col.unit"))
                    .setFlexGrow(2);
        }
        grid.addColumn(a -> (a.itemNumber() == null ? "" : a.itemNumber() + ". ") + a.itemLabel())
                .setHeader(getTranslation("tasks.col.item"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("tasks.col.role"));
        grid.addComponentColumn(a -> TaskTexts.statusBadge(
                        a.status(), getTranslation(a.status().labelKey())))
                .setHeader(getTranslation("tasks.col.status"));
        grid.addColumn(a -> a.percent() + "%").setHeader("%");
        grid.addColumn(a -> Formats.date(a.dueDate())).setHeader(getTranslation("tasks.col.due"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(tasks);
        grid.setId("unit-tasks-grid");
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                close();
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id()));
            }
        });
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /**
     * The unit's work year by year with its predecessors' (counts added up, percent weighted by tasks); a year that
     * includes them is marked ◆ and the note names them.
     */
    private com.vaadin.flow.component.Component historyOf(UnitHistory history) {
        Grid<UnitHistory.Year> years = new Grid<>();
        years.addColumn(y -> y.includesPredecessors() ? y.year() + " ◆" : String.valueOf(y.year()))
                .setHeader(getTranslation("history.col.year"));
        years.addColumn(y -> y.combined().tasks()).setHeader(getTranslation("history.col.tasks"));
        years.addColumn(y -> y.combined().done()).setHeader(getTranslation("history.col.done"));
        years.addColumn(y -> y.combined().overdue()).setHeader(getTranslation("history.col.overdue"));
        years.addColumn(y -> Formats.number(
                                java.math.BigDecimal.valueOf(
                                        Math.round(y.combined().averagePercent() * 10) / 10.0),
                                getLocale())
                        + "%")
                .setHeader(getTranslation("history.col.avg"));
        years.addColumn(y -> y.own().tasks()).setHeader(getTranslation("history.col.own"));
        years.addColumn(y -> y.predecessors().tasks()).setHeader(getTranslation("history.col.predecessors"));
        years.addThemeVariants(GridVariant.LUMO_COMPACT);
        years.setAllRowsVisible(true);
        years.setItems(history.years());
        years.setId("unit-history-grid");
        com.vaadin.flow.component.html.Span note = new com.vaadin.flow.component.html.Span(
                getTranslation("history.note", String.join(", ", history.predecessors())));
        note.addClassName("cchc-legend");
        note.setId("unit-history-note");
        com.vaadin.flow.component.orderedlayout.VerticalLayout box =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                        new com.vaadin.flow.component.html.H4(getTranslation("history.title")), years, note);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }
}
