package vn.cchc.portal.bench.national;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.Application;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.DashboardService;
import vn.cchc.portal.assignment.OverviewService;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.assignment.TaskFilter;
import vn.cchc.portal.bench.Bench;
import vn.cchc.portal.bench.Benchmark;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.organization.BenchUnits;
import vn.cchc.portal.support.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The national-scale data set and what the portal's heaviest reads cost on it. Creates a PostgreSQL database (the
 * embedded server of the tests, or the one named by {@code -Dnational.url=jdbc:postgresql://…}
 * {@code -Dnational.user=… -Dnational.password=…}, which must be empty), lets the portal migrate it (production
 * profile {@code postgres}, no demo data), fills it with {@link NationalData} (seed {@code -Dnational.seed}, default
 * 2026), and times, warm, as the planner of province 1 and as the head of one of its communes: the overview of an
 * annual plan, the province dashboard, the review queue, the target matrix of a campaign plan, the task list and
 * the unit dashboard. Queries slower than 100 ms are logged by Hibernate ({@code org.hibernate.SQL_SLOW}).
 * Run: {@code ./mvnw -Pbench -Dbench=national}.
 */
public final class NationalDataBenchmark implements Benchmark {

    @Override
    public String name() {
        return "national";
    }

    @Override
    public void run(Bench bench) throws Exception {
        String url = System.getProperty("national.url");
        String user = System.getProperty("national.user", EmbeddedPostgres.USER);
        String password = System.getProperty("national.password", "");
        if (url == null) {
            url = bench.once("embedded PostgreSQL: server and empty database", EmbeddedPostgres::createDatabase);
        }
        TimeZone.setDefault(TimeZone.getTimeZone(Application.ZONE));
        String jdbc = url;
        try (ConfigurableApplicationContext app = bench.once("portal start-up (PostgreSQL, migrations, no demo)",
                () -> new SpringApplicationBuilder(Application.class).profiles("postgres")
                        .properties("server.port=0", "spring.main.banner-mode=off", "vaadin.productionMode=true",
                                "spring.datasource.url=" + jdbc, "spring.datasource.username=" + user,
                                "spring.datasource.password=" + password, "CCHC_DB_URL=" + jdbc,
                                "CCHC_DB_USER=" + user, "CCHC_DB_PASSWORD=" + password,
                                "spring.jpa.properties.hibernate.log_slow_query=100")
                        .run())) {
            long seed = Long.getLong("national.seed", 2026);
            NationalData data;
            try (Connection connection = DriverManager.getConnection(jdbc, user, password)) {
                data = new NationalData(connection, seed);
                NationalData.Counts counts = bench.once("generate (seed " + seed + ", COPY, one transaction)",
                        data::generate);
                bench.figure("written", String.format(Locale.ROOT,
                        "%,d units, %,d plans, %,d items, %,d assignments, %,d periods, %,d progress updates, "
                                + "%,d indicator actuals, %,d targets", counts.units(), counts.plans(),
                        counts.items(), counts.assignments(), counts.periods(), counts.updates(), counts.actuals(),
                        counts.targets()));
                bench.figure("database size", size(connection));
            }
            BenchUnits.changedBehindJpa();
            NationalData.Province first = data.provinces().getFirst();
            measure(bench, app, first);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void measure(Bench bench, ConfigurableApplicationContext app, NationalData.Province province)
            throws Exception {
        String pp = String.format(Locale.ROOT, "%02d", province.number());
        signIn(app, "kh.p" + pp);
        OverviewService overview = app.getBean(OverviewService.class);
        DashboardService dashboard = app.getBean(DashboardService.class);
        ReviewService review = app.getBean(ReviewService.class);
        TargetService targets = app.getBean(TargetService.class);
        bench.figure("annual plan of province " + pp, overview.of(province.annualPlan()).toString().length()
                + " characters of overview");
        bench.time("planner: overview of the annual plan", 3, 10, 1, () -> overview.of(province.annualPlan()));
        bench.time("planner: province dashboard (home page)", 3, 10, 1, dashboard::province);
        bench.figure("review queue size", String.valueOf(review.queueSize()));
        bench.time("planner: review queue, first page of 50 + count", 3, 10, 1,
                () -> review.queue(PageRequest.of(0, 50)).size() + review.queueSize());
        int rows = targets.fullMatrix(province.campaignPlan()).rows().size();
        bench.time("planner: target matrix, " + rows + " units × " + NationalData.INDICATORS + " indicators × "
                + NationalData.MILESTONES + " milestones", 3, 10, 1, () -> targets.fullMatrix(province.campaignPlan()));

        signIn(app, "xa.p" + pp + ".001");
        AssignmentService tasks = app.getBean(AssignmentService.class);
        bench.figure("commune head's tasks", String.valueOf(tasks.countMyUnitTasks(TaskFilter.all())));
        bench.time("commune head: task list, first page of 50 + count", 3, 10, 1,
                () -> tasks.myUnitTasks(TaskFilter.all(), PageRequest.of(0, 50)).size()
                        + tasks.countMyUnitTasks(TaskFilter.all()));
        bench.time("commune head: unit dashboard (home page)", 3, 10, 1, dashboard::unit);
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean("dbUserDetailsService", UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String size(Connection connection) throws Exception {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
