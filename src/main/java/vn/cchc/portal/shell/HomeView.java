package vn.cchc.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.DashboardService;
import vn.cchc.portal.assignment.Overview;
import vn.cchc.portal.assignment.ProvinceDashboard;
import vn.cchc.portal.assignment.ReviewItem;
import vn.cchc.portal.assignment.UnitDashboard;
import vn.cchc.portal.assignment.UnitProgress;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.security.UserSummary;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.UserContext;
import vn.cchc.portal.shared.ui.EChart;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page of each role, with live figures and lists that lead to the work: a unit sees what is overdue, due
 * soon, returned, written but not sent, waiting for review, and (a district) how the units below it do; planners,
 * leaders and administrators see how the plan in force stands, what waits for review, who has not reported, the
 * latest accepted reports (administrators also the accounts).
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIST = 5;

    HomeView(
            CurrentUser currentUser,
            OrgUnitService units,
            DashboardService dashboards,
            UserService users,
            SettingsService settings,
            Clock clock) {
        setPadding(true);
        setId("home");
        currentUser.get().ifPresent(user -> {
            add(new H1(getTranslation("home.welcome", user.fullName())));
            Paragraph who = new Paragraph(getTranslation("home.unit", units.nameOf(user.unitId())) + " · "
                    + getTranslation(
                            "home.roles",
                            user.roles().stream()
                                    .map(r -> getTranslation(r.labelKey()))
                                    .sorted()
                                    .collect(Collectors.joining(", ")))
                    + " · "
                    + getTranslation("home.today", Formats.date(LocalDate.now(clock))));
            who.addClassName("cchc-hint");
            add(who);
            if (user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF)) {
                unit(dashboards.unit(), user);
            }
            if (user.seesAllUnits()) {
                province(dashboards.province(), user);
            }
            if (user.has(Role.ADMIN)) {
                settingsHint(settings.current());
                accounts(users.list(""), clock.instant());
            }
        });
    }

    /** Until the deployment's settings are filled in, the administrator is told what is missing and where to go. */
    private void settingsHint(Settings settings) {
        if (settings.complete()) {
            return;
        }
        String missing = settings.missing().stream().map(this::getTranslation).collect(Collectors.joining(", "));
        Div hint = new Div(
                new Span(getTranslation("settings.missing", missing) + " "),
                new Anchor("admin/settings", getTranslation("settings.open")));
        hint.setId("settings-missing");
        hint.addClassName("cchc-warning");
        hint.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-error-color))")
                .set("background", "var(--lumo-contrast-5pct)");
        add(hint);
    }

    private void unit(UnitDashboard d, UserContext user) {
        FlexLayout figures = figures(
                figure("home.figure.open", d.open(), "tasks", "home-open"),
                figure("home.figure.overdue", d.overdue().size(), "tasks?overdue=1", "home-overdue"),
                figure("home.figure.dueSoon", d.dueSoon().size(), "tasks?dueSoon=1", "home-due-soon"),
                figure("home.figure.returned", d.returned().size(), null, "home-returned"),
                figure(
                        user.has(Role.UNIT_HEAD) ? "home.figure.toSend" : "home.figure.drafts",
                        d.drafts().size(),
                        null,
                        "home-drafts"),
                figure("home.figure.waiting", d.waiting().size(), null, "home-waiting"));
        add(figures);
        add(taskList("home.list.returned", "home.list.returned.empty", d.returned(), "home-list-returned"));
        add(taskList("home.list.overdue", "home.list.overdue.empty", d.overdue(), "home-list-overdue"));
        add(taskList("home.list.dueSoon", "home.list.dueSoon.empty", d.dueSoon(), "home-list-due-soon"));
        if (!d.drafts().isEmpty()) {
            add(taskList(
                    user.has(Role.UNIT_HEAD) ? "home.list.toSend" : "home.list.drafts",
                    "",
                    d.drafts(),
                    "home-list-drafts"));
        }
        if (!d.unitsBelow().isEmpty()) {
            add(unitsBelow(d.unitsBelow()));
        }
    }

    private void province(ProvinceDashboard d, UserContext user) {
        if (d.plan() == null) {
            add(new Paragraph(getTranslation("home.noPlan")));
            return;
        }
        Overview o = d.overview();
        long total = o.byUnit().stream().mapToLong(Overview.UnitProgress::total).sum();
        long done = o.byUnit().stream().mapToLong(Overview.UnitProgress::done).sum();
        double average = o.byUnit().stream()
                        .mapToDouble(u -> u.averagePercent() * u.total())
                        .sum()
                / Math.max(1, total);
        Section plan = new Section();
        H2 title = new H2(getTranslation(
                "home.plan", d.plan().number() == null ? "" : d.plan().number()));
        Anchor open = new Anchor("plan/" + d.plan().id(), d.plan().title());
        open.setId("home-plan");
        plan.add(title, new Paragraph(open));
        add(plan);
        String overview = "overview?plan=" + d.plan().id();
        FlexLayout figures = figures(
                figure("home.figure.tasks", total, overview, "home-tasks"),
                figureText(
                        "home.figure.done",
                        done + " (" + percent(100.0 * done / Math.max(1, total)) + ")",
                        overview,
                        "home-done"),
                figureText("home.figure.average", percent(average), overview, "home-average"),
                figure("home.figure.overdueUnits", o.overdue().size(), overview, "home-overdue"));
        if (o.currentPeriod() != null) {
            figures.add(figure("home.figure.notReported", o.notReported().size(), overview, "home-not-reported"));
        }
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            figures.add(figure("home.figure.review", d.waitingReview(), "review", "home-review"));
        }
        add(figures);
        add(areaChart(o, d.plan().id()));
        if (user.has(Role.ADMIN) || user.has(Role.PLANNER)) {
            add(reviewList(
                    "home.list.review",
                    "home.list.review.empty",
                    d.oldestWaiting(),
                    "home-list-review",
                    r -> "review?update=" + r.update().id(),
                    r -> TaskTexts.time(r.update().submittedAt())));
        }
        add(taskList("home.list.provinceOverdue", "home.list.overdue.empty", o.overdue(), "home-list-overdue", true));
        if (o.currentPeriod() != null) {
            Section notReported = new Section(new H2(getTranslation(
                    "home.list.notReported",
                    getTranslation(
                            o.currentPeriod().labelKey(),
                            o.currentPeriod().labelArgs().toArray()),
                    o.notReported().size())));
            Paragraph names = new Paragraph(
                    o.notReported().isEmpty()
                            ? getTranslation("home.list.allReported")
                            : o.notReported().stream()
                                            .limit(20)
                                            .map(Overview.UnitRef::unitName)
                                            .collect(Collectors.joining("; "))
                                    + (o.notReported().size() > 20 ? "; …" : ""));
            names.setId("home-list-not-reported");
            notReported.add(names, new Paragraph(new Anchor(overview, getTranslation("home.seeOverview"))));
            add(notReported);
        }
        add(reviewList(
                "home.list.accepted",
                "home.list.accepted.empty",
                d.latestAccepted(),
                "home-list-accepted",
                r -> "task/" + r.assignment().id(),
                r -> TaskTexts.time(r.update().reviewedAt())));
    }

    private void accounts(List<UserSummary> all, Instant now) {
        long disabled = all.stream().filter(u -> !u.enabled()).count();
        long locked = all.stream()
                .filter(u -> u.lockedUntil() != null && u.lockedUntil().isAfter(now))
                .count();
        Section section = new Section(new H2(getTranslation("home.accounts")));
        section.add(figures(
                figure("home.figure.users", all.size(), "admin/users", "home-users"),
                figure("home.figure.locked", locked, "admin/users", "home-locked"),
                figure("home.figure.disabled", disabled, "admin/users", "home-disabled")));
        add(section);
    }

    private Component areaChart(Overview o, long planId) {
        Map<String, Overview.AreaProgress> byLabel = new LinkedHashMap<>();
        o.byArea().forEach(a -> byLabel.put(a.label() == null ? getTranslation("overview.otherArea") : a.label(), a));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(
                getTranslation("overview.series.done"),
                byLabel.values().stream()
                        .map(a -> Math.round(a.donePercent() * 10) / 10.0)
                        .toList());
        EChart chart = EChart.bars(getTranslation("overview.byArea"), List.copyOf(byLabel.keySet()), series)
                .setValueRange(0, 100);
        chart.setHeight(Math.max(280, 44 * byLabel.size() + 80) + "px");
        chart.setId("home-chart");
        chart.addCategoryClickListener(category -> getUI().ifPresent(ui -> ui.navigate("overview?plan=" + planId)));
        Paragraph hint = new Paragraph(getTranslation("home.chartHint"));
        hint.addClassName("cchc-hint");
        Section section = new Section(chart, hint);
        section.setWidthFull();
        return section;
    }

    private Section unitsBelow(List<UnitProgress> rows) {
        Grid<UnitProgress> grid = new Grid<>();
        grid.addColumn(UnitProgress::unitName)
                .setHeader(getTranslation("subplan.col.unit"))
                .setFlexGrow(3);
        grid.addColumn(UnitProgress::tasks).setHeader(getTranslation("overview.col.total"));
        grid.addColumn(UnitProgress::done).setHeader(getTranslation("overview.col.done"));
        grid.addColumn(UnitProgress::overdue).setHeader(getTranslation("overview.col.overdue"));
        grid.addColumn(u -> percent(u.averagePercent())).setHeader(getTranslation("overview.col.avg"));
        grid.setPartNameGenerator(u -> u.overdue() > 0 ? "cchc-late-row" : null);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(rows.size() <= 12);
        grid.setHeight(rows.size() <= 12 ? null : "26rem");
        grid.setId("home-units-below");
        grid.setAriaLabel(getTranslation("home.unitsBelow"));
        Section section = new Section(
                new H2(getTranslation("home.unitsBelow")),
                grid,
                new Paragraph(new Anchor("my-unit", getTranslation("home.seeMyUnit"))));
        section.setWidthFull();
        return section;
    }

    private Section taskList(String titleKey, String emptyKey, List<AssignmentSummary> tasks, String id) {
        return taskList(titleKey, emptyKey, tasks, id, false);
    }

    private Section taskList(
            String titleKey, String emptyKey, List<AssignmentSummary> tasks, String id, boolean showUnit) {
        Section section = new Section(new H2(getTranslation(titleKey) + " (" + tasks.size() + ")"));
        section.setId(id);
        if (tasks.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("cchc-dashboard-list");
        for (AssignmentSummary a : tasks.stream().limit(LIST).toList()) {
            Anchor link = new Anchor(
                    "task/" + a.id(),
                    (a.itemNumber() == null ? "" : a.itemNumber() + ". ") + TaskTexts.shorten(a.itemLabel(), 110));
            Span meta = new Span(" · " + (a.planNumber() == null ? a.planTitle() : a.planNumber())
                    + (showUnit ? " · " + a.unitName() : "") + " · "
                    + getTranslation("home.due", Formats.date(a.dueDate())) + " · " + a.percent() + "%");
            meta.addClassName("cchc-hint");
            list.add(new ListItem(link, meta));
        }
        section.add(list);
        if (tasks.size() > LIST) {
            section.add(new Paragraph(getTranslation("home.more", tasks.size() - LIST)));
        }
        return section;
    }

    private Section reviewList(
            String titleKey,
            String emptyKey,
            List<ReviewItem> items,
            String id,
            Function<ReviewItem, String> link,
            Function<ReviewItem, String> when) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("cchc-dashboard-list");
        for (ReviewItem r : items) {
            AssignmentSummary a = r.assignment();
            Anchor anchor = new Anchor(
                    link.apply(r),
                    a.unitName() + " – " + (a.itemNumber() == null ? "" : a.itemNumber() + ". ")
                            + TaskTexts.shorten(a.itemLabel(), 90));
            Span meta = new Span(" · " + (a.planNumber() == null ? a.planTitle() : a.planNumber()) + " · "
                    + r.update().percent() + "% · " + when.apply(r));
            meta.addClassName("cchc-hint");
            list.add(new ListItem(anchor, meta));
        }
        section.add(list);
        return section;
    }

    private FlexLayout figures(Component... figures) {
        FlexLayout row = new FlexLayout(figures);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.setWidthFull();
        return row;
    }

    private Component figure(String labelKey, long value, String link, String id) {
        return figureText(labelKey, String.valueOf(value), link, id);
    }

    /** A figure with its label; a link to the list behind it when there is one. */
    private Component figureText(String labelKey, String value, String link, String id) {
        Div number = new Div(new Span(value));
        number.addClassName("cchc-figure-value");
        Div label = new Div(new Span(getTranslation(labelKey)));
        label.addClassName("cchc-figure-label");
        Component box;
        if (link == null) {
            box = new Div(number, label);
        } else {
            Anchor anchor = new Anchor(link);
            anchor.add(number, label);
            anchor.addClassName("cchc-figure-link");
            box = anchor;
        }
        box.addClassNames("cchc-card", "cchc-figure");
        box.setId(id);
        return box;
    }

    private String percent(double value) {
        return Formats.number(BigDecimal.valueOf(Math.round(value * 10) / 10.0), getLocale()) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }

    /** Small text helpers. */
    private static final class TaskTexts {
        private TaskTexts() {}

        static String shorten(String text, int max) {
            return text == null ? "" : vn.cchc.portal.shared.Texts.shorten(text, max);
        }

        static String time(Instant instant) {
            return instant == null
                    ? ""
                    : Formats.DATE_TIME.format(instant.atZone(vn.cchc.portal.shared.TimeConfig.ZONE));
        }
    }
}
