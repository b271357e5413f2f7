package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import vn.cchc.portal.shared.ui.Tablists;

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
        H1 title = new H1((s.itemNumber() == null ? "" : s.itemNumber() + ". ") + s.itemLabel());
        title.addClassName("cchc-page-title");
        title.getStyle().set("margin", "0");
        Span badge = TaskTexts.statusBadge(s.status(), getTranslation(s.status().labelKey()));
        badge.setId("task-status");
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setFlexGrow(1, title);
        heading.setWidthFull();
        if (s.latestState() != null && s.latestState() != vn.cchc.portal.assignment.UpdateState.DRAFT) {
            Span report = new Span(getTranslation(
                    "task.reportState", getTranslation(s.latestState().labelKey())));
            report.addClassNames(
                    "cchc-badge",
                    switch (s.latestState()) {
                        case ACCEPTED -> "cchc-badge-issued";
                        case RETURNED -> "cchc-badge-late";
                        default -> "cchc-badge-draft";
                    });
            report.setId("task-report-state");
            heading.add(report);
        }
        if (s.passOn()) {
            Span passOn = new Span(getTranslation("task.passOn"));
            passOn.addClassNames("cchc-badge", "cchc-badge-draft");
            passOn.setId("task-pass-on");
            heading.add(passOn);
        }
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation(
                "task.meta",
                s.planNumber() == null ? s.planTitle() : s.planNumber(),
                s.unitName(),
                getTranslation(s.role().labelKey()),
                detail.dueText(),
                s.percent()));
        Div item = new Div();
        item.addClassNames("cchc-card", "cchc-task-item");
        if (s.goal() != null) {
            item.add(new H2(getTranslation("item.field.goal")), TaskTexts.paragraphs(s.goal()));
        }
        if (detail.tasks() != null && !detail.tasks().equals(s.goal())) {
            item.add(new H2(getTranslation("item.field.tasks")), TaskTexts.paragraphs(detail.tasks()));
        }
        if (detail.narrativeTasks() != null) {
            H2 narrative = new H2(getTranslation("task.narrative", detail.narrativeNumber()));
            Div narrativeText = TaskTexts.paragraphs(detail.narrativeTasks());
            narrativeText.setId("task-narrative");
            item.add(narrative, narrativeText);
        }
        Paragraph lead = new Paragraph(getTranslation("task.lead", detail.leadText() == null ? "" : detail.leadText())
                + (detail.leadUnitName() == null || detail.leadUnitName().equals(detail.leadText())
                        ? ""
                        : " (" + getTranslation("task.leadResolved", detail.leadUnitName()) + ")")
                + (detail.timeframe().isEmpty() ? "" : " · " + getTranslation("task.timeframe", detail.timeframe())));
        lead.setId("task-lead");
        item.add(lead);
        add(heading, meta, item);
        if (detail.cascade() != null) {
            add(cascadeSummary(detail));
        }

        TabSheet tabs = Tablists.accessible(new TabSheet());
        tabs.setWidthFull();
        if (detail.canDraft()) {
            tabs.add(getTranslation("task.tab.report"), new ProgressPanel(detail, progress, this::render));
        }
        tabs.add(getTranslation("task.tab.updates"), new UpdatesPanel(detail.updates()));
        if (!detail.parts().isEmpty()) {
            tabs.add(getTranslation("task.tab.parts"), new PartsPanel(detail, progress, this::render));
        }
        if (detail.cascade() != null && !detail.cascade().parts().isEmpty()) {
            tabs.add(
                    getTranslation("task.tab.cascade"),
                    PartsPanel.grid(detail.cascade().parts(), "cascade-grid"));
        }
        tabs.add(getTranslation("task.tab.history"), new AuditPanel(assignments.history(assignmentId, getLocale())));
        tabs.setId("task-tabs");
        add(tabs);
    }

    /** "Giao tiếp cho cấp xã": how the units below are doing with the task in the unit's own plan. */
    private Paragraph cascadeSummary(AssignmentDetail detail) {
        vn.cchc.portal.assignment.CascadeProgress c = detail.cascade();
        Paragraph p = new Paragraph(
                c.subPlanNumber() == null && c.subPlanId() == null
                        ? getTranslation("task.cascade.none")
                        : getTranslation(
                                "task.cascade.summary",
                                c.subPlanNumber() == null ? "" : c.subPlanNumber(),
                                c.units(),
                                c.done(),
                                c.overdue(),
                                c.averagePercent()));
        p.addClassName("cchc-card");
        p.setId("task-cascade");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " – " + getTranslation("app.name");
    }
}
