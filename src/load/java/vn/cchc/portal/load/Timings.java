package vn.cchc.portal.load;

import io.gatling.javaapi.core.CheckBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

/**
 * Response times per request kind, recorded by a check that runs first on every answer (so failed ones count too),
 * printed as a table of p50/p95/p99 at the end of the run; Gatling's own console summary has them only for all
 * requests together, its HTML report per request.
 */
final class Timings {

    private static final Map<String, Queue<Integer>> TIMES = new ConcurrentHashMap<>();
    private static final Map<Group, Queue<Integer>> GROUPS = new ConcurrentHashMap<>();
    private static final Map<Group, Queue<Integer>> HELD = new ConcurrentHashMap<>();
    private static volatile long holdFrom = Long.MAX_VALUE;

    /** What a request is, for the rows that sum the kinds up. */
    enum Group {
        PAGE("pages (HTML with UI and view)"),
        SIGN_IN("sign-in form posts"),
        UIDL("UIDL round trips"),
        DOWNLOAD("downloads (PDF)"),
        UPLOAD("uploads (evidence file)"),
        BEACON("unload beacons");

        final String label;

        Group(String label) {
            this.label = label;
        }
    }

    private Timings() {
    }

    /** The check that records the response time of the request called {@code name}, one of the {@code group}. */
    static CheckBuilder.Final of(String name, Group group) {
        Queue<Integer> times = TIMES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>());
        Queue<Integer> together = GROUPS.computeIfAbsent(group, g -> new ConcurrentLinkedQueue<>());
        Queue<Integer> held = HELD.computeIfAbsent(group, g -> new ConcurrentLinkedQueue<>());
        return responseTimeInMillis().validate("response time", (millis, session) -> {
            times.add(millis);
            together.add(millis);
            if (System.nanoTime() >= holdFrom) {
                held.add(millis);
            }
            return millis;
        });
    }

    /**
     * Answers from {@code seconds} on (the end of the ramp) are also counted apart: the hold phase, with every user in
     * and the portal's code compiled by then (it starts cold, and its first minute runs slower code on cores the JIT
     * compiler shares).
     */
    static void holdFrom(int seconds) {
        holdFrom = System.nanoTime() + seconds * 1_000_000_000L;
    }

    static void print(PrintStream out) {
        out.println();
        out.println("---- Response times per request kind (ms; errors: Gatling's table above) ----");
        out.printf(Locale.ROOT, "%-36s %7s %7s %7s %7s %7s%n", "request", "count", "p50", "p95", "p99", "max");
        List<Integer> all = new ArrayList<>();
        new TreeMap<>(TIMES).forEach((name, queue) -> {
            List<Integer> times = new ArrayList<>(queue);
            if (!times.isEmpty()) {
                all.addAll(times);
                row(out, name, times);
            }
        });
        if (!all.isEmpty()) {
            row(out, "ALL", all);
        }
        groups(out, GROUPS);
        if (HELD.values().stream().anyMatch(q -> !q.isEmpty())) {
            out.println("---- The hold phase only (answers after the ramp) ----");
            List<Integer> held = new ArrayList<>();
            HELD.values().forEach(held::addAll);
            row(out, "ALL", held);
            groups(out, HELD);
        }
    }

    private static void groups(PrintStream out, Map<Group, Queue<Integer>> groups) {
        for (Group group : Group.values()) {
            List<Integer> times = new ArrayList<>(groups.getOrDefault(group, new ConcurrentLinkedQueue<>()));
            if (!times.isEmpty()) {
                row(out, "= " + group.label, times);
            }
        }
    }

    private static void row(PrintStream out, String name, List<Integer> times) {
        times.sort(null);
        out.printf(Locale.ROOT, "%-36s %7d %7d %7d %7d %7d%n", name, times.size(), percentile(times, 50),
                percentile(times, 95), percentile(times, 99), times.getLast());
    }

    /** Nearest-rank percentile of sorted values. */
    static int percentile(List<Integer> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
