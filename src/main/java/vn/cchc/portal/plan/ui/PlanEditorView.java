package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanVersionService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.plan.SubPlanService;
import vn.cchc.portal.plan.PlanImportService;
import vn.cchc.portal.plan.CriterionChoices;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.WriteButtons;

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
    private long planId;
    private PlanDetail detail;
    private String selectedTab;

    PlanEditorView(PlanService plans, PlanItemService items, PlanVersionService versions, SubPlanService subPlans,
                   PlanImportService imports, OrgUnitService units, CurrentUser currentUser,
                   CriterionChoices criteria, ReportingPeriodService periods) {
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
        detail = plans.get(planId);
        var s = detail.summary();
        Span badge = PlanBadges.status(s.status(), getTranslation(s.status().labelKey()));
        badge.setId("plan-status");
        H2 title = new H2((s.number() == null ? getTranslation("plans.noNumber") : s.number()) + " — " + s.title());
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        String meta = s.issuingUnitName() + " · " + getTranslation(s.kind().labelKey()) + " · " + s.year()
                + (s.issueDate() == null ? "" : " · " + Formats.date(s.issueDate()))
                + (s.versionNo() > 1 ? " · " + getTranslation("plan.version", s.versionNo()) : "");
        add(heading, new Paragraph(meta), actions());

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("plan.tab.header"),
                new PlanHeaderPanel(detail, periods.ofPlan(planId), plans, units, currentUser, this::saved));
        tabs.add(getTranslation("plan.tab.items"),
                new PlanItemsPanel(detail, items, units, criteria, this::saved));
        tabs.add(getTranslation("plan.tab.subplans"), new SubPlansPanel(detail, subPlans, currentUser, this::open));
        tabs.add(getTranslation("plan.tab.history"), new HistoryPanel(plans.history(planId, getLocale()),
                plans.versions(planId), this::open));
        tabs.setId("plan-tabs");
        if (selectedTab != null) {
            for (int i = 0; i < 4; i++) {
                if (tabs.getTabAt(i).getLabel().equals(selectedTab)) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab().getLabel());
        add(tabs);
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        var s = detail.summary();
        if (detail.editable()) {
            Button issue = button("plan.action.issue", VaadinIcon.CHECK, () -> {
                plans.issue(planId);
                notifySuccess(getTranslation("plan.issued"));
            });
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            issue.setId("plan-issue");
            Button importExcel = WriteButtons.opens(new Button(getTranslation("plan.action.import"),
                    VaadinIcon.UPLOAD.create()), () -> new ImportDialog(planId, imports, this::saved));
            importExcel.setId("plan-import");
            bar.add(issue, importExcel);
        }
        if (detail.canManage() && s.status() == PlanStatus.ISSUED) {
            Button amend = button("plan.action.amend", VaadinIcon.EDIT, () -> open(versions.amend(planId).id()));
            amend.setId("plan-amend");
            Button close = button("plan.action.close", VaadinIcon.ARCHIVE, () -> plans.close(planId));
            bar.add(amend, close);
        }
        if (detail.canManage()) {
            Button copy = WriteButtons.opens(new Button(getTranslation("plan.action.copy"), VaadinIcon.COPY.create()),
                    () -> new CopyYearDialog(s.year() + 1, year -> open(versions.copyToYear(planId, year).id())));
            bar.add(copy);
        }
        return bar;
    }

    private Button button(String key, VaadinIcon icon, Runnable action) {
        return WriteButtons.each(new Button(getTranslation(key), icon.create()), () -> {
            try {
                action.run();
                render();
            } catch (BusinessException ex) {
                Notification n = Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
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
