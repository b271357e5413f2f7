package vn.cchc.portal.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.report.ArchivedReport;
import vn.cchc.portal.report.DocumentKind;
import vn.cchc.portal.report.ExportFormat;
import vn.cchc.portal.report.IssuerService;
import vn.cchc.portal.report.ReportArchive;
import vn.cchc.portal.report.ReportData;
import vn.cchc.portal.report.ReportJobs;
import vn.cchc.portal.report.ReportRequest;
import vn.cchc.portal.report.periodic.PeriodicReportService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.TimeConfig;
import vn.cchc.portal.shared.UserContext;

import java.util.ArrayList;
import java.util.List;

/**
 * "Văn bản, báo cáo": choose a document, plan, period and scope; generate it in the background with progress
 * shown; download it; every generated file stays in the archive below and downloads again byte for byte. Leaders,
 * planners and administrators see every unit's documents; a unit user only their own unit's.
 */
@Route("documents")
@Menu(order = 80, title = "menu.documents", icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.PLANNER, Role.Names.LEADER, Role.Names.UNIT_HEAD, Role.Names.UNIT_STAFF})
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    /** One entry of the period choice: a reporting period of the plan, or six months / the year. */
    record PeriodChoice(String label, Long periodId, String span) {}

    private final transient ReportJobs jobs;
    private final transient ReportArchive archive;
    private final transient ReportData data;
    private final transient UserContext user;
    private final ComboBox<DocumentKind> kind = new ComboBox<>();
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final ComboBox<PeriodChoice> period = new ComboBox<>();
    private final Select<String> scope = new Select<>();
    private final ComboBox<vn.cchc.portal.organization.OrgUnitSummary> unit = new ComboBox<>();
    private final Select<ExportFormat> format = new Select<>();
    private final Checkbox draft = new Checkbox();
    private final Button generate = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div result = new Div();
    private final Grid<ArchivedReport> archiveGrid = new Grid<>();
    private transient ReportJobs.Job running;
    private String runningUrl;

    DocumentsView(
            ReportJobs jobs,
            ReportArchive archive,
            ReportData data,
            PlanService plans,
            PeriodicReportService periodic,
            IssuerService issuers,
            CurrentUser currentUser) {
        this.jobs = jobs;
        this.archive = archive;
        this.data = data;
        this.user = currentUser.require();
        setWidthFull();
        add(new H2(getTranslation("documents.title")));
        boolean provinceWide = user.seesAllUnits();

        List<DocumentKind> kinds = new ArrayList<>(
                List.of(DocumentKind.PLAN, DocumentKind.PERIODIC, DocumentKind.CAMPAIGN, DocumentKind.UNIT_PROGRESS));
        if (provinceWide) {
            kinds.add(DocumentKind.ORG_UNITS);
        }
        kind.setLabel(getTranslation("reports.field.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("reports-kind");
        kind.setWidth("18em");
        plan.setLabel(getTranslation("reports.field.plan"));
        plan.setItems(plans.list(PlanFilter.all()));
        plan.setItemLabelGenerator(
                p -> (p.number() == null ? getTranslation("plans.noNumber") : p.number()) + " — " + p.title());
        plan.setId("reports-plan");
        plan.setWidth("32em");
        period.setLabel(getTranslation("reports.field.period"));
        period.setItemLabelGenerator(PeriodChoice::label);
        period.setId("reports-period");
        period.setWidth("20em");
        scope.setLabel(getTranslation("reports.field.scope"));
        scope.setItems("plan", "issuer");
        scope.setItemLabelGenerator(s -> getTranslation("reports.scope." + s));
        scope.setValue("plan");
        scope.setId("reports-scope");
        unit.setLabel(getTranslation("reports.field.unit"));
        List<vn.cchc.portal.organization.OrgUnitSummary> units = provinceWide
                ? data.activeUnits()
                : data.activeUnits().stream()
                        .filter(u -> data.isWithin(u.id(), user.unitId()))
                        .toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(vn.cchc.portal.organization.OrgUnitSummary::name);
        units.stream().filter(u -> u.id() == user.unitId()).findFirst().ifPresent(unit::setValue);
        unit.setId("reports-unit");
        format.setLabel(getTranslation("reports.field.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f.extension().toUpperCase());
        format.setValue(ExportFormat.PDF);
        format.setId("reports-format");
        draft.setLabel(getTranslation("reports.field.draft"));
        draft.setId("reports-draft");

        kind.addValueChangeListener(e -> visibility());
        plan.addValueChangeListener(e -> periods());
        kind.setValue(DocumentKind.PERIODIC);

        generate.setText(getTranslation("reports.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("reports-generate");
        generate.addClickListener(e -> start());
        Button write = new Button(getTranslation("reports.write"), e -> {
            ReportRequest request = request();
            if (request == null || request.kind() != DocumentKind.PERIODIC) {
                warn(getTranslation("reports.write.needsPeriodic"));
                return;
            }
            try {
                var s = request.periodId() != null
                        ? periodic.ofPlanPeriod(request.planId(), request.periodId())
                        : request.planId() != null
                                ? periodic.ofPlan(request.planId(), request.span())
                                : periodic.ofIssuer(request.issuerUnitId(), request.span());
                new NarrativeDialog(periodic, s).open();
            } catch (RuntimeException ex) {
                warn(BusinessException.messageOf(ex, getLocale()));
            }
        });
        write.setId("reports-write");
        write.setVisible(user.has(Role.ADMIN) || user.has(Role.PLANNER) || user.has(Role.UNIT_HEAD));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("reports-progress");
        status.setId("reports-status");
        result.setId("reports-result");

        HorizontalLayout row1 = new HorizontalLayout(kind, plan, period, scope, unit);
        row1.setWrap(true);
        row1.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout row2 = new HorizontalLayout(format, draft, write, generate);
        row2.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            Button issuer = new Button(
                    getTranslation("reports.issuer"), e -> new IssuerDialog(issuers, data.activeUnits()).open());
            issuer.setId("reports-issuer");
            row2.add(issuer);
        }
        Div card = new Div(new H3(getTranslation("reports.create")), row1, row2, progress, status, result);
        card.addClassName("cchc-card");
        card.setWidthFull();
        add(card);

        if (provinceWide) {
            Div directory = new Div();
            directory.addClassName("cchc-card");
            directory.add(
                    new H3(getTranslation("documents.orgunits")),
                    new Paragraph(getTranslation("documents.orgunits.desc")));
            HorizontalLayout links = new HorizontalLayout();
            for (String extension : new String[] {"pdf", "docx", "xlsx"}) {
                Anchor anchor = new Anchor("/reports/org-units." + extension, extension.toUpperCase());
                anchor.getElement().setAttribute("router-ignore", true);
                anchor.getElement().setAttribute("download", true);
                anchor.setId("documents-org-units-" + extension);
                links.add(anchor);
            }
            directory.add(links);
            add(directory);
        }

        add(new H3(getTranslation("reports.archive")));
        archiveGrid
                .addColumn(r -> Formats.DATE_TIME.format(r.createdAt().atZone(TimeConfig.ZONE)))
                .setHeader(getTranslation("reports.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        archiveGrid
                .addComponentColumn(r -> {
                    Span title = new Span(getTranslation(r.kind().labelKey()) + " — " + Texts.shorten(r.title(), 160));
                    title.getElement().setAttribute("title", r.title());
                    return title;
                })
                .setHeader(getTranslation("reports.col.title"))
                .setWidth("24em")
                .setFlexGrow(1);
        archiveGrid
                .addColumn(r -> r.format().extension().toUpperCase() + ", "
                        + Formats.number(java.math.BigDecimal.valueOf(r.sizeBytes() / 1024.0), getLocale()) + " KB")
                .setHeader(getTranslation("reports.col.file"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        archiveGrid
                .addColumn(ArchivedReport::createdBy)
                .setHeader(getTranslation("reports.col.user"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        archiveGrid
                .addComponentColumn(r -> {
                    Span sha = new Span(r.sha256().substring(0, 10) + "…");
                    sha.getElement().setAttribute("title", r.sha256());
                    sha.getElement().setAttribute("data-sha256", r.sha256());
                    return sha;
                })
                .setHeader("SHA-256")
                .setAutoWidth(true)
                .setFlexGrow(0);
        archiveGrid
                .addComponentColumn(r -> {
                    Anchor a = new Anchor(r.url(), getTranslation("reports.download"));
                    a.getElement().setAttribute("router-ignore", true);
                    a.getElement().setAttribute("download", true);
                    a.setId("archive-download-" + r.id());
                    return a;
                })
                .setHeader(getTranslation("grid.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        archiveGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        archiveGrid.setAllRowsVisible(true);
        archiveGrid.setId("reports-archive");
        archiveGrid.setEmptyStateText(getTranslation("reports.archive.empty"));
        add(archiveGrid);
        refreshArchive();
        visibility();
        addAttachListener(e -> e.getUI().addPollListener(event -> poll(event.getSource())));
    }

    private void visibility() {
        DocumentKind k = kind.getValue();
        plan.setVisible(k != null && k != DocumentKind.ORG_UNITS);
        period.setVisible(k == DocumentKind.PERIODIC || k == DocumentKind.CAMPAIGN || k == DocumentKind.UNIT_PROGRESS);
        scope.setVisible(k == DocumentKind.PERIODIC);
        unit.setVisible(k == DocumentKind.UNIT_PROGRESS);
        draft.setVisible(k == DocumentKind.PERIODIC || k == DocumentKind.CAMPAIGN || k == DocumentKind.UNIT_PROGRESS);
        periods();
    }

    private void periods() {
        PlanSummary p = plan.getValue();
        List<PeriodChoice> choices = new ArrayList<>();
        if (p != null) {
            try {
                List<PeriodView> periods = data.periods(p.id());
                for (PeriodView v : periods) {
                    choices.add(new PeriodChoice(v.label(), v.id(), null));
                }
                boolean quarterly =
                        PlanHeader.of(data.plan(p.id())).reportingCadence() != ReportingCadence.CAMPAIGN_10_DAYS;
                String year = String.valueOf(p.year());
                if (quarterly && kind.getValue() == DocumentKind.PERIODIC) {
                    if (periods.stream().anyMatch(v -> v.startDate().getMonthValue() <= 6)) {
                        choices.add(new PeriodChoice(getTranslation("reports.span.half", year), null, "6t-" + year));
                    }
                    choices.add(new PeriodChoice(getTranslation("reports.span.year", year), null, "nam-" + year));
                }
            } catch (RuntimeException e) {
                warn(BusinessException.messageOf(e, getLocale()));
            }
        }
        period.setItems(choices);
        if (!choices.isEmpty()) {
            period.setValue(choices.getFirst());
        }
    }

    /** The request the fields describe, or null with a message when something is missing. */
    private ReportRequest request() {
        DocumentKind k = kind.getValue();
        if (k == null) {
            return null;
        }
        if (k == DocumentKind.ORG_UNITS) {
            return ReportRequest.orgUnits();
        }
        PlanSummary p = plan.getValue();
        if (p == null) {
            warn(getTranslation("reports.needPlan"));
            return null;
        }
        if (k == DocumentKind.PLAN) {
            return ReportRequest.plan(p.id());
        }
        PeriodChoice c = period.getValue();
        if (c == null) {
            warn(getTranslation("reports.needPeriod"));
            return null;
        }
        boolean mark = draft.getValue();
        return switch (k) {
            case CAMPAIGN -> c.periodId() == null ? null : ReportRequest.campaign(p.id(), c.periodId(), mark);
            case UNIT_PROGRESS ->
                unit.getValue() == null || c.periodId() == null
                        ? null
                        : ReportRequest.unit(unit.getValue().id(), p.id(), c.periodId(), mark);
            default -> {
                String span = c.span() != null ? c.span() : null;
                if ("issuer".equals(scope.getValue())) {
                    String s = span != null ? span : quarterCode(c, p);
                    yield ReportRequest.issuerSpan(p.issuingUnitId(), s, mark);
                }
                yield span != null
                        ? ReportRequest.planSpan(p.id(), span, mark)
                        : ReportRequest.period(p.id(), c.periodId(), mark);
            }
        };
    }

    private String quarterCode(PeriodChoice c, PlanSummary p) {
        return data.periods(p.id()).stream()
                .filter(v -> v.id() == c.periodId())
                .findFirst()
                .map(v -> "q" + ((v.startDate().getMonthValue() - 1) / 3 + 1) + "-"
                        + v.startDate().getYear())
                .orElse("nam-" + p.year());
    }

    private void start() {
        ReportRequest request = request();
        if (request == null || running != null) {
            return;
        }
        result.removeAll();
        progress.setVisible(true);
        status.setText(getTranslation("reports.started"));
        generate.setEnabled(false);
        running = jobs.start(request, format.getValue());
        runningUrl = request.url(format.getValue());
        UI ui = UI.getCurrent();
        ui.setPollInterval(400);
    }

    private void poll(UI ui) {
        ReportJobs.Job job = running;
        if (job == null) {
            return;
        }
        status.setText(
                job.pages() > 0 ? job.stage() + " – " + getTranslation("reports.pages", job.pages()) : job.stage());
        if (!job.finished()) {
            return;
        }
        running = null;
        ui.setPollInterval(-1);
        progress.setVisible(false);
        generate.setEnabled(true);
        String error = job.error(getLocale());
        if (error != null) {
            status.setText(error);
            warn(error);
            return;
        }
        var file = job.file();
        status.setText(getTranslation("reports.done", file.sha256()));
        Anchor download = new Anchor(
                "/reports/archive/" + file.archiveId(),
                getTranslation("reports.download") + " " + file.displayName() + "."
                        + file.format().extension());
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("data-sha256", file.sha256());
        download.setId("reports-download");
        Anchor stable = new Anchor(runningUrl, runningUrl);
        stable.getElement().setAttribute("router-ignore", true);
        stable.setId("reports-stable-url");
        result.add(download, new Span(" · " + getTranslation("reports.stableUrl") + " "), stable);
        refreshArchive();
    }

    private void refreshArchive() {
        archiveGrid.setItems(archive.list());
    }

    private void warn(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " – " + getTranslation("app.name");
    }
}
