package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.cchc.portal.assignment.AssignmentHistoryEntry;

import java.util.List;

/** Every change of the assignment: user, time, old and new value. */
class AuditPanel extends VerticalLayout {

    AuditPanel(List<AssignmentHistoryEntry> entries) {
        setPadding(false);
        Grid<AssignmentHistoryEntry> grid = new Grid<>();
        grid.addColumn(e -> TaskTexts.time(e.at())).setHeader(getTranslation("history.col.at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AssignmentHistoryEntry::username).setHeader(getTranslation("history.col.user"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit." + e.action())).setHeader(getTranslation("history.col.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.field() == null ? "" : e.field()).setHeader(getTranslation("history.col.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> TaskTexts.shorten(value(e.field(), e.oldValue()))).setHeader(getTranslation("history.col.old"))
                .setFlexGrow(2);
        grid.addColumn(e -> TaskTexts.shorten(value(e.field(), e.newValue()))).setHeader(getTranslation("history.col.new"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.setId("audit-grid");
        add(grid);
    }

    /** States and statuses in the user's language instead of their code names. */
    private String value(String field, String value) {
        if (value == null) {
            return null;
        }
        String key = switch (field == null ? "" : field) {
            case "state" -> "update.state." + value;
            case "status" -> "assignment.status." + value;
            default -> null;
        };
        if (key == null) {
            return value;
        }
        String text = getTranslation(key);
        return text.startsWith("!{") ? value : text;
    }
}
