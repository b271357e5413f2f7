package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.shared.Formats;

/** One assignment: the item's goal and tasks, the progress form, the report history and the change log. */
@Route("task")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient AssignmentService assignments;
    private final transient ProgressService progress;
    private long assignmentId;

    TaskView(AssignmentService assignments, ProgressService progress) {
        this.assignments = assignments;
        this.progress = progress;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        assignmentId = id;
        render();
    }

    void render() {
        removeAll();
        AssignmentDetail detail = assignments.get(assignmentId);
        AssignmentSummary s = detail.summary();
        H2 title = new H2((s.itemNumber() == null ? "" : s.itemNumber() + ". ") + s.itemLabel());
        title.getStyle().set("margin", "0");
        Span badge = TaskTexts.statusBadge(s.status(), getTranslation(s.status().labelKey()));
        badge.setId("task-status");
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation("task.meta",
                s.planNumber() == null ? s.planTitle() : s.planNumber(), s.unitName(),
                getTranslation(s.role().labelKey()), Formats.date(s.dueDate()), s.percent()));
        Div item = new Div();
        item.addClassName("cchc-card");
        if (s.goal() != null) {
            item.add(new H4(getTranslation("item.field.goal")), TaskTexts.paragraphs(s.goal()));
        }
        if (detail.tasks() != null && !detail.tasks().equals(s.goal())) {
            item.add(new H4(getTranslation("item.field.tasks")), TaskTexts.paragraphs(detail.tasks()));
        }
        item.add(new Paragraph(getTranslation("task.lead", detail.leadUnitName() == null ? "" : detail.leadUnitName())
                + (detail.timeframe().isEmpty() ? "" : " · " + getTranslation("task.timeframe", detail.timeframe()))));
        add(heading, meta, item);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        if (detail.canDraft()) {
            tabs.add(getTranslation("task.tab.report"), new ProgressPanel(detail, progress, this::render));
        }
        tabs.add(getTranslation("task.tab.updates"), new UpdatesPanel(detail.updates()));
        if (!detail.parts().isEmpty()) {
            tabs.add(getTranslation("task.tab.parts"), new PartsPanel(detail, progress, this::render));
        }
        tabs.add(getTranslation("task.tab.history"), new AuditPanel(assignments.history(assignmentId, getLocale())));
        tabs.setId("task-tabs");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " – " + getTranslation("app.name");
    }
}
