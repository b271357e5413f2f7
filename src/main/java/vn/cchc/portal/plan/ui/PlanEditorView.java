package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.CriterionChoices;
import vn.cchc.portal.plan.PlanConsequences;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanImportService;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanVersionService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.plan.SubPlanService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.Tablists;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One plan: header, items by area/criterion, sub-plans of units, history; lifecycle actions. */
@Route("plan")
@PermitAll
public class PlanEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PlanService plans;
    private final transient PlanItemService items;
    private final transient PlanVersionService versions;
    private final transient SubPlanService subPlans;
    private final transient PlanImportService imports;
    private final transient OrgUnitService units;
    private final transient CurrentUser currentUser;
    private final transient CriterionChoices criteria;
    private final transient ReportingPeriodService periods;
    private final transient PlanConsequences consequences;
    private long planId;
    private PlanDetail detail;
    private String selectedTab;

    PlanEditorView(
            PlanService plans,
            PlanItemService items,
            PlanVersionService versions,
            SubPlanService subPlans,
            PlanImportService imports,
            OrgUnitService units,
            CurrentUser currentUser,
            CriterionChoices criteria,
            ReportingPeriodService periods,
            PlanConsequences consequences) {
        this.consequences = consequences;
        this.plans = plans;
        this.items = items;
        this.versions = versions;
        this.subPlans = subPlans;
        this.imports = imports;
        this.units = units;
        this.currentUser = currentUser;
        this.criteria = criteria;
        this.periods = periods;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.planId = id;
        render();
    }

    void render() {
        removeAll();
        // the items cut to what the list shows, one list shared by the sessions on this plan (editing reads an item
        // again)
        detail = plans.listed(planId, PlanItemsPanel.GOAL_CHARS);
        var s = detail.summary();
        Span badge = PlanBadges.status(s.status(), getTranslation(s.status().labelKey()));
        badge.setId("plan-status");
        H1 title = new H1((s.number() == null ? getTranslation("plans.noNumber") : s.number()) + " — " + s.title());
        title.addClassName("cchc-page-title");
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setFlexGrow(1, title);
        heading.setWidthFull();
        String meta = s.issuingUnitName() + " · " + getTranslation(s.kind().labelKey()) + " · " + s.year()
                + (s.issueDate() == null ? "" : " · " + Formats.date(s.issueDate()))
                + (s.versionNo() > 1 ? " · " + getTranslation("plan.version", s.versionNo()) : "");
        add(heading, new Paragraph(meta), actions());

        // Only the open tab is built; the others (items tree, sub-plans, history) when first opened, so a session
        // parked on the editor does not hold every panel of the plan.
        String[] labels = {
            getTranslation("plan.tab.header"),
            getTranslation("plan.tab.items"),
            getTranslation("plan.tab.subplans"),
            getTranslation("plan.tab.history")
        };
        List<SerializableSupplier<Component>> panels = List.of(
                () -> new PlanHeaderPanel(detail, periods.ofPlan(planId), plans, units, currentUser, this::saved),
                () -> new PlanItemsPanel(detail, items, plans, units, criteria, this::saved),
                () -> new SubPlansPanel(detail, subPlans, currentUser, this::open),
                () -> new HistoryPanel(plans.history(planId, getLocale()), plans.versions(planId), this::open));
        TabSheet tabs = Tablists.accessible(new TabSheet());
        tabs.setSizeFull();
        List<Div> holders = new ArrayList<>();
        for (String label : labels) {
            Div holder = new Div();
            holder.setSizeFull();
            holders.add(holder);
            tabs.add(label, holder);
        }
        tabs.setId("plan-tabs");
        int selected = Math.max(0, Arrays.asList(labels).indexOf(selectedTab));
        tabs.setSelectedIndex(selected);
        fill(holders.get(selected), panels.get(selected));
        tabs.addSelectedChangeListener(e -> {
            int i = tabs.getSelectedIndex();
            selectedTab = labels[i];
            fill(holders.get(i), panels.get(i));
        });
        add(tabs);
    }

    private static void fill(Div holder, SerializableSupplier<Component> panel) {
        if (holder.getComponentCount() == 0) {
            holder.add(panel.get());
        }
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        var s = detail.summary();
        String name = s.number() == null ? getTranslation("plans.noNumber") : s.number();
        // the plan document (Decree 30 layout) at its stable address; the report feature checks access again
        for (String extension : new String[] {"pdf", "docx", "xlsx"}) {
            com.vaadin.flow.component.html.Anchor download = new com.vaadin.flow.component.html.Anchor(
                    "/reports/plans/" + planId + "." + extension,
                    extension.equals("pdf")
                            ? getTranslation("plan.action.download") + " (PDF)"
                            : extension.toUpperCase());
            download.getElement().setAttribute("router-ignore", true);
            download.getElement().setAttribute("download", true);
            download.setId("plan-download-" + extension);
            bar.add(download);
        }
        if (detail.editable()) {
            Button issue = ConfirmStep.asking(
                    new Button(getTranslation("plan.action.issue"), VaadinIcon.CHECK.create()),
                    () -> confirmIssue(name));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            issue.setId("plan-issue");
            Button importExcel = WriteButtons.opens(
                    new Button(getTranslation("plan.action.import"), VaadinIcon.UPLOAD.create()),
                    () -> new ImportDialog(planId, imports, this::saved));
            importExcel.setId("plan-import");
            bar.add(issue, importExcel);
        }
        if (detail.canManage() && s.status() == PlanStatus.ISSUED) {
            Button amend = ConfirmStep.asking(
                    new Button(getTranslation("plan.action.amend"), VaadinIcon.EDIT.create()),
                    () -> ConfirmStep.open(
                            getTranslation("plan.confirm.amend.title", name),
                            List.of(
                                    getTranslation("plan.confirm.amend.draft", s.versionNo() + 1),
                                    getTranslation("plan.confirm.amend.inForce", name),
                                    getTranslation("plan.confirm.amend.replaces")),
                            null,
                            getTranslation("plan.action.amend"),
                            () -> act(() -> open(versions.amend(planId).id()))));
            amend.setId("plan-amend");
            Button close = ConfirmStep.asking(
                    new Button(getTranslation("plan.action.close"), VaadinIcon.ARCHIVE.create()),
                    () -> ConfirmStep.open(
                            getTranslation("plan.confirm.close.title", name),
                            List.of(
                                    getTranslation("plan.confirm.close.open", consequences.openTasks(planId)),
                                    getTranslation("plan.confirm.close.final")),
                            null,
                            getTranslation("plan.action.close"),
                            () -> act(() -> {
                                plans.close(planId);
                                render();
                            })));
            close.setId("plan-close");
            bar.add(amend, close);
        }
        if (detail.canManage()) {
            Button copy = WriteButtons.opens(
                    new Button(getTranslation("plan.action.copy"), VaadinIcon.COPY.create()),
                    () -> new CopyYearDialog(
                            s.year() + 1,
                            year -> open(versions.copyToYear(planId, year).id())));
            bar.add(copy);
        }
        return bar;
    }

    /**
     * "Ban hành sẽ giao 37 nhiệm vụ cho 20 đơn vị; 3 hạn đã qua": what issuing does, asked before it is done. A draft
     * that cannot be issued yet says why at once, without asking.
     */
    private ConfirmDialog confirmIssue(String name) {
        PlanConsequences.Issue what;
        try {
            what = consequences.ofIssue(planId);
        } catch (BusinessException ex) {
            showError(ex.message(getLocale()));
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("plan.confirm.issue.tasks", what.tasks(), what.units()));
        if (detail.summary().amendsPlanId() != null) {
            lines.add(getTranslation("plan.confirm.issue.replaces"));
        }
        lines.add(getTranslation("plan.confirm.issue.final"));
        return ConfirmStep.open(
                getTranslation("plan.confirm.issue.title", name),
                lines,
                what.pastDue() == 0 ? null : getTranslation("plan.confirm.issue.pastDue", what.pastDue()),
                getTranslation("plan.action.issue"),
                () -> act(() -> {
                    plans.issue(planId);
                    notifySuccess(getTranslation("plan.issued"));
                    render();
                }));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException ex) {
            showError(ex.message(getLocale()));
        }
    }

    private void showError(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void saved() {
        render();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class, id));
    }

    private void notifySuccess(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " – " + getTranslation("app.name");
    }
}
