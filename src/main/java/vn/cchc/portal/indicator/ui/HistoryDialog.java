package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.cchc.portal.indicator.AuditEntry;
import vn.cchc.portal.shared.Formats;

import java.time.ZoneId;
import java.util.List;

/** The audit of a plan's targets, exclusions and values, newest first. */
class HistoryDialog extends Dialog {

    HistoryDialog(List<AuditEntry> entries) {
        setHeaderTitle(getTranslation("targets.history"));
        setWidth("min(80em, 95vw)");
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(a -> Formats.DATE_TIME.format(a.at().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))))
                .setHeader(getTranslation("indicator.history.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::username)
                .setHeader(getTranslation("indicator.history.col.user"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("indicator.history.action." + a.action()))
                .setHeader(getTranslation("indicator.history.col.action"))
                .setAutoWidth(true);
        grid.addColumn(a -> String.join(
                        " · ",
                        java.util.stream.Stream.of(a.unitName(), a.indicatorCode(), a.where())
                                .filter(s -> s != null && !s.isBlank())
                                .toList()))
                .setHeader(getTranslation("indicator.history.col.what"))
                .setFlexGrow(2);
        grid.addColumn(a ->
                        (a.oldValue() == null ? "" : a.oldValue()) + " → " + (a.newValue() == null ? "" : a.newValue()))
                .setHeader(getTranslation("indicator.history.col.change"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::reason)
                .setHeader(getTranslation("indicator.history.col.reason"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(entries);
        grid.setHeight("30rem");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
