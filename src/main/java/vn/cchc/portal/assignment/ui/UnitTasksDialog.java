package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.shared.Formats;

import java.util.List;

/** Tasks of a plan opened from the overview (one unit's, or one area's with their units); a row opens the task. */
class UnitTasksDialog extends Dialog {

    UnitTasksDialog(String title, List<AssignmentSummary> tasks) {
        this(title, tasks, false);
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
}
