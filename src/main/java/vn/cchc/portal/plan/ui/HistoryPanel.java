package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.Formats;

import java.time.ZoneId;
import java.util.List;
import java.util.function.LongConsumer;

/** Versions of the plan and every recorded change with user and time. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(List<AuditRow> entries, List<PlanSummary> versions, LongConsumer open) {
        setPadding(false);
        setSizeFull();
        if (versions.size() > 1) {
            add(sectionTitle(getTranslation("history.versions")));
            Grid<PlanSummary> versionGrid = new Grid<>();
            versionGrid
                    .addColumn(v -> getTranslation("plan.version", v.versionNo()))
                    .setHeader("#")
                    .setAutoWidth(true);
            versionGrid
                    .addColumn(v -> v.number() == null ? getTranslation("plans.noNumber") : v.number())
                    .setHeader(getTranslation("plans.col.number"));
            versionGrid
                    .addColumn(v -> getTranslation(v.status().labelKey()))
                    .setHeader(getTranslation("plans.col.status"));
            versionGrid.addComponentColumn(v -> new Button(getTranslation("subplan.open"), e -> open.accept(v.id())));
            versionGrid.setItems(versions);
            versionGrid.setAllRowsVisible(true);
            add(versionGrid);
        }
        add(sectionTitle(getTranslation("history.changes")));
        Grid<AuditRow> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))))
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
        grid.addColumn(e -> e.subjectType() == AuditSubjectType.PLAN_ITEM ? PlanItemsPanel.shorten(e.subject()) : "")
                .setHeader(getTranslation("history.col.item"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.fieldLabel() == null ? "" : e.fieldLabel())
                .setHeader(getTranslation("history.col.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> PlanItemsPanel.shorten(e.oldValue()))
                .setTooltipGenerator(AuditRow::oldValue)
                .setHeader(getTranslation("history.col.old"))
                .setFlexGrow(2);
        grid.addColumn(e -> PlanItemsPanel.shorten(e.newValue()))
                .setTooltipGenerator(AuditRow::newValue)
                .setHeader(getTranslation("history.col.new"))
                .setFlexGrow(2);
        grid.setItems(entries);
        grid.setSizeFull();
        grid.setId("history-grid");
        add(grid);
    }

    /** The editor's title is the page's h1: the panel's sections come next, at level 2. */
    private static H2 sectionTitle(String text) {
        H2 title = new H2(text);
        title.addClassName("cchc-section-title");
        return title;
    }
}
