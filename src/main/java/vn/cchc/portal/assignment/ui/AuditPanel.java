package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.cchc.portal.audit.AuditRow;

import java.util.List;

/** Every change of the assignment and its reports: user, time, field, old and new value as the reader reads them. */
class AuditPanel extends VerticalLayout {

    AuditPanel(List<AuditRow> entries) {
        setPadding(false);
        Grid<AuditRow> grid = new Grid<>();
        grid.addColumn(e -> TaskTexts.time(e.at()))
                .setHeader(getTranslation("history.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::user)
                .setHeader(getTranslation("history.col.user"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actionLabel)
                .setHeader(getTranslation("history.col.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.fieldLabel() == null ? "" : e.fieldLabel())
                .setHeader(getTranslation("history.col.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> TaskTexts.shorten(e.oldValue()))
                .setTooltipGenerator(AuditRow::oldValue)
                .setHeader(getTranslation("history.col.old"))
                .setFlexGrow(2);
        grid.addColumn(e -> TaskTexts.shorten(e.newValue()))
                .setTooltipGenerator(AuditRow::newValue)
                .setHeader(getTranslation("history.col.new"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.setId("audit-grid");
        add(grid);
    }
}
