package vn.cchc.portal.assignment;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import org.awaitility.Awaitility;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.assignment.ui.OverviewView;
import vn.cchc.portal.assignment.ui.ReviewView;
import vn.cchc.portal.assignment.ui.TasksView;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanVersionService;
import vn.cchc.portal.plan.ui.PlansView;
import vn.cchc.portal.shell.HomeView;
import vn.cchc.portal.support.UseH2;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query budget: each screen, and the service call behind it, runs the same few SQL statements on the demo data
 * and on ten times the data (Hibernate statistics count the prepared statements). The demo data: the three demo
 * plans with a 2026 copy of campaign plan 629 issued and reported on by two units; ten times the data: ten such
 * copies, one copy with every section repeated ten times, and 40 drafts (see {@link QueryBudgetData}). Each screen
 * shows or sums up at least ten times the rows on the larger data.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@UseH2
class QueryBudgetTest extends SpringBrowserlessTest {

    private static final Logger LOG = LoggerFactory.getLogger(QueryBudgetTest.class);
    /** No screen needs more, whatever the rows. */
    private static final long BUDGET = 20;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    PlanVersionService versions;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    OverviewService overviews;

    AssignmentFixtures fixtures;
    QueryBudgetData data;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(plans, items, units, users);
        data = new QueryBudgetData(fixtures, plans, items, versions, assignments, progress, reviews);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyScreenRunsAsManyStatementsOnTenTimesTheDataAsOnTheDemoData() {
        long campaign = data.issuedCampaign(1);
        measure(campaign); // warms what is read once per application (the unit tree, criteria)
        Map<String, Measure> demo = measure(campaign);

        long wide = data.issuedCampaign(10);
        // more reported copies until the task list and the review queue hold ten times the demo's rows
        for (int round = 0;
                round < 60
                                && !tenTimes(
                                        demo,
                                        "tasks",
                                        rows(
                                                "giamdoc.stp",
                                                () -> assignments
                                                        .myUnitTasks(TaskFilter.all())
                                                        .size()))
                        || !tenTimes(
                                demo,
                                "review queue",
                                rows("chuyenvien.snv", () -> reviews.queue().size()));
                round++) {
            data.issuedCampaign(1);
        }
        long plansNow =
                rows("chuyenvien.snv", () -> plans.list(PlanFilter.all()).size());
        data.drafts((int) Math.max(0, 10 * demo.get("plans (planner)").rows() - plansNow));
        Map<String, Measure> tenTimes = measure(wide);
        LOG.warn("Statements per screen on the demo data: {}", demo);
        LOG.warn("Statements per screen on 10x the data: {}", tenTimes);

        demo.forEach((screen, measure) -> {
            assertThat(tenTimes.get(screen).rows()).as(screen + " rows").isGreaterThanOrEqualTo(10 * measure.rows());
            assertThat(tenTimes.get(screen).statements())
                    .as(screen + " statements")
                    .isLessThanOrEqualTo(measure.statements());
            assertThat(measure.statements()).as(screen + " statements").isLessThanOrEqualTo(BUDGET);
        });
    }

    private static boolean tenTimes(Map<String, Measure> demo, String screen, long rows) {
        return rows >= 10 * demo.get(screen).rows();
    }

    private long rows(String username, Supplier<Integer> count) {
        fixtures.signInAs(username);
        return count.get();
    }

    /** What a screen's service call ran and how many rows it showed or summed up. */
    record Measure(long statements, long rows) {
        @Override
        public String toString() {
            return statements + " statements for " + rows + " rows";
        }
    }

    /**
     * Each screen's service call; the overview and the period filter on the given plan. Statistics count every
     * statement of the application, so the after-commit listeners of the data just written (notifications of the
     * issued plans) must have finished first.
     */
    private Map<String, Measure> measure(long planId) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        ((Number) jdbc.queryForObject("select count(*) from event_publication", Long.class)).longValue()
                                == 0);
        Map<String, Measure> out = new LinkedHashMap<>();
        out.put("tasks", count("giamdoc.stp", () -> assignments.myUnitTasks(TaskFilter.all()), List::size));
        fixtures.signInAs("giamdoc.stp");
        long periodId = assignments.myPeriods(planId).getFirst().id();
        out.put(
                "tasks of a period",
                count(
                        "giamdoc.stp",
                        () -> assignments.myUnitTasks(new TaskFilter(planId, periodId, null, false, false, null)),
                        List::size));
        out.put(
                "tasks found by words",
                count(
                        "giamdoc.stp",
                        () -> assignments.myUnitTasks(new TaskFilter(null, null, null, false, false, "kh ubnd")),
                        List::size));
        out.put(
                "tasks, first page",
                page(
                        "giamdoc.stp",
                        () -> assignments.myUnitTasks(TaskFilter.all(), PageRequest.of(0, 50)),
                        out.get("tasks")));
        out.put("review queue", count("chuyenvien.snv", reviews::queue, List::size));
        out.put(
                "review queue, first page",
                page("chuyenvien.snv", () -> reviews.queue(PageRequest.of(0, 50)), out.get("review queue")));
        out.put("plans (planner)", count("chuyenvien.snv", () -> plans.list(PlanFilter.all()), List::size));
        out.put("plans (unit head)", count("giamdoc.stp", () -> plans.list(PlanFilter.all()), List::size));
        out.put(
                "plans, first page",
                page(
                        "chuyenvien.snv",
                        () -> plans.list(PlanFilter.all(), PageRequest.of(0, 50)),
                        out.get("plans (planner)")));
        out.put(
                "overview",
                count(
                        "chuyenvien.snv",
                        () -> overviews.of(planId),
                        o -> o.byUnit().stream()
                                .mapToLong(Overview.UnitProgress::total)
                                .sum()));
        long tasks = out.get("tasks").rows();
        out.put("TasksView", screen("giamdoc.stp", TasksView.class, tasks));
        out.put(
                "ReviewView",
                screen(
                        "chuyenvien.snv",
                        ReviewView.class,
                        out.get("review queue").rows()));
        out.put(
                "PlansView",
                screen(
                        "chuyenvien.snv",
                        PlansView.class,
                        out.get("plans (planner)").rows()));
        out.put(
                "OverviewView",
                screen("chuyenvien.snv", OverviewView.class, out.get("overview").rows()));
        return out;
    }

    /** Statements of opening a screen (its grids reading their first page); the shell around it is open already. */
    private Measure screen(String username, Class<? extends Component> view, long rows) {
        fixtures.signInAs(username);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        navigate(HomeView.class);
        roundTrip();
        statistics.clear();
        navigate(view);
        roundTrip();
        return new Measure(statistics.getPrepareStatementCount(), rows);
    }

    /** A page of a list: its statements, and the rows of the whole list it is a page of. */
    private Measure page(String username, Supplier<List<?>> call, Measure whole) {
        return new Measure(count(username, call, List::size).statements(), whole.rows());
    }

    private <T> Measure count(String username, Supplier<T> call, ToLongFunction<T> rows) {
        fixtures.signInAs(username);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        T result = call.get();
        long statements = statistics.getPrepareStatementCount();
        return new Measure(statements, rows.applyAsLong(result));
    }
}
