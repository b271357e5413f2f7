package vn.cchc.portal.bench;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks listed in {@code META-INF/services/vn.cchc.portal.bench.Benchmark} and prints their figures:
 * {@code ./mvnw -Pbench} runs all, {@code ./mvnw -Pbench -Dbench=matcher} only those named. Figures depend on the
 * machine and on what else runs on it; they are for comparing builds on one machine, never for pass/fail.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Set<String> only = Arrays.stream(args)
                .flatMap(a -> Arrays.stream(a.split(",")))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toSet());
        List<Benchmark> benchmarks = ServiceLoader.load(Benchmark.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(b -> only.isEmpty() || only.contains(b.name()))
                .toList();
        if (benchmarks.isEmpty()) {
            throw new IllegalArgumentException("No benchmark named " + only);
        }
        Bench bench = new Bench(System.out);
        System.out.printf(
                "CCHC Portal benchmarks (Java %s, %d processors)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        try {
            for (Benchmark benchmark : benchmarks) {
                System.out.println(benchmark.name() + ":");
                benchmark.run(bench);
            }
        } finally {
            bench.close();
        }
    }
}
