package vn.cchc.portal.bench;

import vn.cchc.portal.bench.uidl.Pages;
import vn.cchc.portal.bench.uidl.PortalClient;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * Heap per session: opens N real sessions (sign-in form, bootstrap, UIDL, over HTTP against the portal started by
 * the bench) parked on one of the heaviest views, forces a full GC after each step and prints the heap in use, the
 * KB per session from the least-squares slope over N = 0, 20, 50, 100 ({@code -Dbench.heap.sessions=20,50,100}), and
 * the classes whose instances grew most (class histogram before and after, per session). The client objects are
 * dropped before measuring; only what the server keeps for the session remains.
 */
public final class SessionHeapBenchmark implements Benchmark {

    private static final String PASSWORD = "Cchc@2026";

    /** A view to park sessions on: who signs in and how they get there. */
    private enum View {
        TASKS("task list (unit staff)", "canbo.stp") {
            @Override
            void open(PortalClient c) throws Exception {
                c.open("tasks");
                c.ui().require("tasks-grid");
            }
        },
        OVERVIEW("overview (planner)", "chuyenvien.snv") {
            @Override
            void open(PortalClient c) throws Exception {
                c.open("overview");
                c.ui().require("overview-plan");
            }
        },
        PLAN_1908("plan editor of 1908/KH-UBND (planner)", "chuyenvien.snv") {
            @Override
            void open(PortalClient c) throws Exception {
                c.open("plans");
                var row = Pages.rows(c.ui(), "plans-grid", cells -> cells.contains("1908/")).stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("plan 1908 not in the plans list"));
                c.send(List.of(Pages.clickRow(c.ui(), "plans-grid", row)));
                c.ui().require("plan-tabs");
            }
        },
        PLAN_1908_NEXT("plan editor of 1908/KH-UBND after one more (empty) request (planner)", "chuyenvien.snv") {
            @Override
            void open(PortalClient c) throws Exception {
                PLAN_1908.open(c);
                c.send(List.of()); // Flow keeps each UI's last answer to send it again; this replaces it by a small one
            }
        },
        PLAN_1908_ITEMS("plan editor of 1908/KH-UBND, items tab (planner)", "chuyenvien.snv") {
            @Override
            void open(PortalClient c) throws Exception {
                PLAN_1908.open(c);
                var tabs = c.ui().find(n -> "vaadin-tabs".equals(n.tag()))
                        .orElseThrow(() -> new IllegalStateException("no tabs on the plan editor"));
                c.send(List.of(c.ui().sync(tabs.id(), "selected", 1)));
                c.ui().require("items-grid");
            }
        };

        final String label;
        final String user;

        View(String label, String user) {
            this.label = label;
            this.user = user;
        }

        abstract void open(PortalClient c) throws Exception;
    }

    @Override
    public String name() {
        return "heap";
    }

    @Override
    public void run(Bench bench) throws Exception {
        String base = "http://localhost:" + bench.app().getEnvironment().getProperty("local.server.port");
        int[] steps = Arrays.stream(
                        System.getProperty("bench.heap.sessions", "20,50,100").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .sorted()
                .toArray();
        String only = System.getProperty("bench.heap.views", "");
        List<View> views = Arrays.stream(View.values())
                .filter(v -> only.isBlank() || Arrays.asList(only.split(",")).contains(v.name()))
                .toList();
        for (View view : views) {
            for (int i = 0; i < 3; i++) {
                park(base, view); // warm-up: classes loaded, caches filled, code compiled
            }
        }
        for (View view : views) {
            measure(bench, base, view, steps);
        }
    }

    private void measure(Bench bench, String base, View view, int[] steps) throws Exception {
        List<double[]> points = new ArrayList<>();
        Map<String, long[]> before = histogram();
        long baseline = usedAfterGc();
        points.add(new double[] {0, baseline});
        int parked = 0;
        long start = System.nanoTime();
        for (int n : steps) {
            while (parked < n) {
                park(base, view);
                parked++;
            }
            long used = usedAfterGc();
            points.add(new double[] {n, used});
            bench.figure(
                    view.label + ", " + n + " sessions",
                    String.format(Locale.ROOT, "%,d KB heap in use (+%,d KB)", used / 1024, (used - baseline) / 1024));
        }
        bench.figure(
                view.label + ", opening one session",
                String.format(Locale.ROOT, "%.0f ms (sign-in + view)", (System.nanoTime() - start) / 1e6 / parked));
        bench.figure(view.label + ": per session (slope)", String.format(Locale.ROOT, "%.0f KB", slope(points) / 1024));
        Map<String, long[]> after = histogram();
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        after.forEach((type, v) -> grown.add(Map.entry(type, v[1] - before.getOrDefault(type, new long[2])[1])));
        grown.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        for (var e : grown.subList(0, Math.min(8, grown.size()))) {
            long[] a = after.get(e.getKey());
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            bench.figure(
                    "  grown: " + e.getKey(),
                    String.format(
                            Locale.ROOT,
                            "%,.1f KB, %,.0f objects per session",
                            e.getValue() / 1024.0 / parked,
                            (double) (a[0] - b[0]) / parked));
        }
    }

    private static void park(String base, View view) throws Exception {
        try (PortalClient client = new PortalClient(base)) {
            client.login(view.user, PASSWORD);
            view.open(client);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Least-squares slope of heap over sessions, in bytes per session. */
    private static double slope(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxy += p[0] * p[1];
            sxx += p[0] * p[0];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** Instances and bytes per class, from the JVM's class histogram (which collects garbage first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Map<String, long[]> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                out.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return out;
    }
}
