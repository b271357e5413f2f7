package vn.cchc.portal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import tools.jackson.databind.JsonNode;
import vn.cchc.portal.bench.uidl.Pages;
import vn.cchc.portal.bench.uidl.UiState;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static vn.cchc.portal.load.Vaadin.page;
import static vn.cchc.portal.load.Vaadin.ui;
import static vn.cchc.portal.load.Vaadin.uidl;

/**
 * The portal under load: unit staff (tasks, open one, save a draft with a small evidence file), unit heads (the same,
 * then submit), planners (review queue, accept, overview) and leaders (overview, download a report), each a real
 * session of the demo accounts, with think time between steps. Closed model: the number of users in the portal ramps
 * to {@code load.users} and stays there for {@code load.hold} seconds; a user who is done leaves and a new one signs in.
 * Settings are system properties (see pom.xml profile {@code load} and README "Performance").
 */
public class PortalSimulation extends Simulation {

    private static final String PASSWORD = System.getProperty("load.password", "Cchc@2026");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final int HOLD = Integer.getInteger("load.hold", 120);
    /** With {@code load.logins} > 0: that many sign-ins spread over {@code load.loginsIn} seconds, nothing else. */
    private static final int LOGINS = Integer.getInteger("load.logins", 0);
    private static final int LOGINS_IN = Integer.getInteger("load.loginsIn", 60);
    private static final double THINK_MIN = Double.parseDouble(System.getProperty("load.thinkMin", "10"));
    private static final double THINK_MAX = Double.parseDouble(System.getProperty("load.thinkMax", "30"));

    /** Rows someone is working on: two users never write the same task or accept the same report at once. */
    private static final Set<String> CLAIMED = ConcurrentHashMap.newKeySet();
    /** Reports accepted in this run (when, unit, item): a queue loaded before still lists them. */
    private static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger FILES = new AtomicInteger();

    private final LaunchedPortal launched;

    public PortalSimulation() throws Exception {
        String url = System.getProperty("load.url", "");
        launched = url.isBlank() ? LaunchedPortal.start(Path.of(System.getProperty("load.jar",
                "target/cchc-portal.jar")), System.getProperty("load.appArgs", "")) : null;
        String base = launched == null ? url : launched.url;
        System.out.printf("Load: %d users (ramp %d s, hold %d s), think time %.0f–%.0f s, against %s%n", USERS, RAMP,
                HOLD, THINK_MIN, THINK_MAX, base);

        HttpProtocolBuilder protocol = http.baseUrl(base).acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.8")
                .acceptEncodingHeader("gzip, deflate").userAgentHeader("Mozilla/5.0 (CCHC load test; Gatling)");

        int staff = Math.max(1, Math.round(USERS * 0.4f));
        int heads = Math.max(1, Math.round(USERS * 0.2f));
        int planners = Math.max(1, Math.round(USERS * 0.2f));
        int leaders = Math.max(1, USERS - staff - heads - planners);
        List<PopulationBuilder> populations = new ArrayList<>();
        if (LOGINS > 0) { // the sign-in burst instead of the mix: open model, LOGINS users evenly over LOGINS_IN seconds
            System.out.printf("Sign-in burst: %d sign-ins in %d s (each: sign-in page, form, home page)%n", LOGINS,
                    LOGINS_IN);
            populations.add(signIns().injectOpen(rampUsers(LOGINS).during(LOGINS_IN)));
        } else {
            populations.add(closed(unitStaff(), staff));
            populations.add(closed(unitHead(), heads));
            populations.add(closed(planner(), planners));
            populations.add(closed(leader(), leaders));
        }
        setUp(populations).protocols(protocol)
                .maxDuration(Duration.ofSeconds((LOGINS > 0 ? LOGINS_IN : RAMP + HOLD) + 90L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        if (LOGINS == 0) {
            Timings.holdFrom(RAMP);
        }
    }

    @Override
    public void after() {
        Timings.print(System.out);
        if (launched != null) {
            launched.stop();
        }
    }

    private static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(Math.max(1, RAMP)),
                constantConcurrentUsers(users).during(Math.max(1, HOLD)));
    }

    private static ChainBuilder think() {
        long min = Math.round(THINK_MIN * 1000);
        long max = Math.max(min, Math.round(THINK_MAX * 1000));
        return pause(Duration.ofMillis(min), Duration.ofMillis(max));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Scenarios

    private static ScenarioBuilder unitStaff() {
        return scenario("unit staff").exec(Vaadin.login("canbo.stp", PASSWORD), think(),
                page("tasks", "tasks", ui -> ui.require("tasks-grid")), think(),
                openTask(), think(),
                doIf(PortalSimulation::writable).then(exec(saveDraft(), think(), uploadEvidence(), think())),
                release(), backToTasks(), think());
    }

    private static ScenarioBuilder unitHead() {
        return scenario("unit head").exec(Vaadin.login("giamdoc.stp", PASSWORD), think(),
                page("tasks", "tasks", ui -> ui.require("tasks-grid")), think(),
                openTask(), think(),
                doIf(s -> writable(s) && ui(s).byId("update-submit").isPresent()).then(exec(saveDraft(),
                        think(), uidl("submit", s -> List.of(Pages.click(ui(s), "update-submit")), Vaadin::saved),
                        think())),
                release(), backToTasks(), think());
    }

    private static ScenarioBuilder planner() {
        return scenario("planner").exec(Vaadin.login("chuyenvien.snv", PASSWORD), think(),
                page("review queue", "review", ui -> ui.require("review-grid")), think(),
                exec(s -> claim(s, Pages.rows(ui(s), "review-grid", cells -> true).stream()
                        .filter(row -> !ACCEPTED.contains(report(row))).toList(), row -> row.path("col2").asString())),
                doIf(s -> s.getString("row") != null).then(exec(
                        uidl("review: select", s -> List.of(Pages.selectRow(ui(s), "review-grid", row(s))),
                                ui -> ui.require("review-accept")), think(),
                        uidl("review: accept", s -> List.of(Pages.click(ui(s), "review-accept")), ui -> {
                            if (ui.notifications().isEmpty()) {
                                throw new IllegalStateException("no confirmation shown");
                            }
                        }),
                        // the report has left the queue; lists loaded before must not offer it again
                        exec(s -> {
                            ACCEPTED.add(report(row(s)));
                            return s;
                        }), think())),
                release(),
                uidl("overview (menu)", s -> List.of(ui(s).navigate("overview")), ui -> ui.require("overview-plan")),
                think());
    }

    /** A sign-in and the home page it leads to, the accounts taken in turn (the goal: 300 in 60 s, p95 < 2 s). */
    private static ScenarioBuilder signIns() {
        String[] accounts = {"canbo.stp", "giamdoc.stp", "chuyenvien.snv", "lanhdao.ubnd", "congchuc.phuongpleiku",
                "chutich.phuongpleiku"};
        AtomicInteger next = new AtomicInteger();
        return scenario("sign-in").exec(s -> s.set("account", accounts[next.getAndIncrement() % accounts.length]))
                .exec(Vaadin.login("#{account}", PASSWORD))
                .exec(page("home", "", ui -> ui.require("home")));
    }

    private static ScenarioBuilder leader() {
        return scenario("leader").exec(Vaadin.login("lanhdao.ubnd", PASSWORD), think(),
                page("overview", "overview", ui -> ui.require("overview-plan")), think(),
                exec(http("report: unit directory PDF").get("/reports/org-units.pdf")
                        .check(Timings.of("report: unit directory PDF", Timings.Group.DOWNLOAD), status().is(200),
                                header("Content-Type").is("application/pdf"))), think(),
                uidl("overview (menu)", s -> List.of(ui(s).navigate("overview")), ui -> ui.require("overview-plan")),
                think());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Steps

    /** Opens a task of the list: one nobody else is writing (claimed), or any when all are taken (reading only). */
    private static ChainBuilder openTask() {
        return exec(s -> claim(s, Pages.rows(ui(s), "tasks-grid",
                        cells -> !cells.contains("Đã gửi, chờ duyệt") && !cells.contains("Hoàn thành")),
                        row -> row.path("col0").asString() + " · " + row.path("col1").asString()))
                .exec(s -> s.getString("row") != null ? s : s.set("row", any(Pages.rows(ui(s), "tasks-grid", c -> true))))
                .exec(uidl("open task", s -> List.of(Pages.clickRow(ui(s), "tasks-grid", row(s))),
                        ui -> ui.require("task-tabs")));
    }

    private static ChainBuilder saveDraft() {
        return exec(uidl("save draft", s -> Pages.saveDraft(ui(s), ThreadLocalRandom.current().nextInt(10, 95),
                "Đã triển khai theo kế hoạch; số liệu cập nhật đến " + java.time.LocalDate.now()
                        + " (kiểm thử tải)."), Vaadin::saved));
    }

    /** A small PNG through the upload element's own target, then the round trip that shows its result. */
    private static ChainBuilder uploadEvidence() {
        return exec(s -> s.set("uploadTarget", ui(s).require("evidence-upload").attribute("target")))
                .exec(http("upload evidence").post(s -> "/" + s.getString("uploadTarget"))
                        .bodyPart(ByteArrayBodyPart("file", s -> png()).fileName(s -> "minh-chung-" + s.userId()
                                + ".png").contentType("image/png"))
                        .asMultipartForm().check(Timings.of("upload evidence", Timings.Group.UPLOAD), status().in(200, 201)))
                .exec(uidl("upload evidence: result", s -> List.of(), ui -> {
                    Pages.formError(ui).ifPresent(message -> {
                        throw new IllegalStateException("refused: " + message);
                    });
                    if (ui.notifications().stream().noneMatch(t -> t.contains(".png"))) {
                        throw new IllegalStateException("evidence not confirmed");
                    }
                }));
    }

    private static ChainBuilder backToTasks() {
        return exec(uidl("tasks (menu)", s -> List.of(ui(s).navigate("tasks")), ui -> ui.require("tasks-grid")));
    }

    private static ChainBuilder release() {
        return exec(s -> {
            String claim = s.getString("claim");
            if (claim != null) {
                CLAIMED.remove(claim);
            }
            return s.remove("claim").remove("row");
        });
    }

    /**
     * Takes a row of these whose item nobody else holds; the session keeps the row and its claim. The item is named
     * the same way in the task list and the review queue ("plan · number. item"), so a planner never accepts a report
     * on a task a unit is writing, whose version would then change under the unit's form.
     */
    private static Session claim(Session s, List<JsonNode> rows, Function<JsonNode, String> item) {
        List<JsonNode> shuffled = new ArrayList<>(rows);
        java.util.Collections.shuffle(shuffled, ThreadLocalRandom.current());
        for (JsonNode row : shuffled) {
            String identity = item.apply(row);
            if (CLAIMED.add(identity)) {
                return s.set("row", row.toString()).set("claim", identity);
            }
        }
        return s.remove("row").remove("claim");
    }

    private static String any(List<JsonNode> rows) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("the list is empty");
        }
        return rows.get(ThreadLocalRandom.current().nextInt(rows.size())).toString();
    }

    private static JsonNode row(Session s) {
        return UiState.json(s.getString("row"));
    }

    private static String report(JsonNode reviewRow) {
        return reviewRow.path("col0").asString() + " | " + reviewRow.path("col1").asString() + " | "
                + reviewRow.path("col2").asString();
    }

    private static byte[] png() {
        int n = FILES.incrementAndGet();
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                image.setRGB(x, y, (n * 2654435761L + x * 31L + y) % 0xFFFFFF > 0x7FFFFF ? n : ~n);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user holds the task for writing and the task has a progress form. */
    private static boolean writable(Session s) {
        return s.getString("claim") != null && ui(s).byId("update-save").isPresent();
    }
}
