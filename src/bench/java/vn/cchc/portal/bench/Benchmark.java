package vn.cchc.portal.bench;

/**
 * A figure the bench profile prints ({@code ./mvnw -Pbench}). To add one: implement this interface anywhere under
 * {@code src/bench/java} (in the feature's package when it needs package-private classes) and list the class in
 * {@code src/bench/resources/META-INF/services/vn.cchc.portal.bench.Benchmark}.
 */
public interface Benchmark {

    /** Short name, for running only some benchmarks: {@code ./mvnw -Pbench -Dbench=matcher,import}. */
    String name();

    /** Measures and prints through the bench. */
    void run(Bench bench) throws Exception;
}
