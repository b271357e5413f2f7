package vn.cchc.portal.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.portal.Application;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * What a {@link Benchmark} measures with: timed loops that print per-call figures, plain figures, and the portal
 * itself (started once, on its own in-memory H2 database with the demo data, for benchmarks that need services).
 */
public final class Bench {

    private final PrintStream out;
    private ConfigurableApplicationContext app;

    Bench(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs {@code work} {@code warmups} times unmeasured (to let the JIT compile it), then {@code rounds} rounds of
     * {@code batch} calls each, and prints the median and the best round per call.
     *
     * @return the median time of one call in microseconds
     */
    public double time(String label, int warmups, int rounds, int batch, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        double[] perCall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                work.call();
            }
            perCall[r] = (System.nanoTime() - start) / 1_000.0 / batch;
        }
        Arrays.sort(perCall);
        double median = perCall[rounds / 2];
        figure(
                label,
                "median " + duration(median) + " per call, best " + duration(perCall[0]) + " (" + rounds + " rounds of "
                        + batch + (batch == 1 ? " call)" : " calls)"));
        return median;
    }

    /** Times one run of {@code work} and prints it in milliseconds. */
    public <T> T once(String label, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        figure(label, duration((System.nanoTime() - start) / 1_000.0));
        return result;
    }

    private static String duration(double micros) {
        return micros >= 10_000
                ? String.format(Locale.ROOT, "%.0f ms", micros / 1_000)
                : String.format(Locale.ROOT, "%.1f µs", micros);
    }

    /** Prints a figure. */
    public void figure(String label, String value) {
        out.printf("  %-58s %s%n", label, value);
    }

    /** The portal, started on first use (the start-up time is printed as a figure of its own). */
    public ConfigurableApplicationContext app() throws Exception {
        if (app == null) {
            TimeZone.setDefault(TimeZone.getTimeZone(Application.ZONE));
            app = once(
                    "portal start-up (in-memory H2, migrations, demo data)",
                    () -> new SpringApplicationBuilder(Application.class)
                            .properties(
                                    "server.port=0",
                                    "spring.main.banner-mode=off",
                                    "vaadin.productionMode=true",
                                    "spring.datasource.url=jdbc:h2:mem:cchc-bench;MODE=PostgreSQL;"
                                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000;DB_CLOSE_DELAY=-1")
                            .run());
        }
        return app;
    }

    /** A bean of the portal. */
    public <T> T bean(Class<T> type) throws Exception {
        return app().getBean(type);
    }

    void close() {
        if (app != null) {
            app.close();
        }
    }
}
