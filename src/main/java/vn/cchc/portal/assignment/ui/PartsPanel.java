package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.WriteButtons;

/** The other units' parts of the same item, and the lead unit's consolidated result. */
class PartsPanel extends VerticalLayout {

    PartsPanel(AssignmentDetail detail, ProgressService progress, Runnable onChanged) {
        setPadding(false);
        add(grid(detail.parts(), "parts-grid"));
        TextArea consolidated = new TextArea(getTranslation("task.consolidated"));
        consolidated.setWidthFull();
        consolidated.setValue(detail.consolidatedResult() == null ? "" : detail.consolidatedResult());
        consolidated.setReadOnly(!detail.canConsolidate());
        consolidated.setId("task-consolidated");
        add(consolidated);
        if (detail.canConsolidate()) {
            Button save = WriteButtons.each(new Button(getTranslation("action.save")), () -> {
                try {
                    progress.writeConsolidated(
                            detail.summary().id(), detail.summary().version(), consolidated.getValue());
                    onChanged.run();
                } catch (BusinessException ex) {
                    Notification.show(ex.message(getLocale()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    /** The units' parts of a task: unit, role, status, percent, due date, latest report. */
    static Grid<AssignmentSummary> grid(java.util.List<AssignmentSummary> parts, String id) {
        Grid<AssignmentSummary> grid = new Grid<>();
        grid.addColumn(AssignmentSummary::unitName)
                .setHeader(grid.getTranslation("subplan.col.unit"))
                .setFlexGrow(3);
        grid.addColumn(a -> grid.getTranslation(a.role().labelKey())).setHeader(grid.getTranslation("tasks.col.role"));
        grid.addComponentColumn(a -> TaskTexts.statusBadge(
                        a.status(), grid.getTranslation(a.status().labelKey())))
                .setHeader(grid.getTranslation("tasks.col.status"));
        grid.addColumn(a -> a.percent() + "%").setHeader("%");
        grid.addColumn(a -> Formats.date(a.dueDate())).setHeader(grid.getTranslation("tasks.col.due"));
        grid.addColumn(a -> a.latestState() == null
                        ? ""
                        : grid.getTranslation(a.latestState().labelKey()))
                .setHeader(grid.getTranslation("tasks.col.report"));
        grid.setItems(parts);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }
}
