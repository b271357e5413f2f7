package vn.cchc.portal.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.portal.bench.Bench;
import vn.cchc.portal.bench.Benchmark;

import java.util.Locale;

/**
 * What one sign-in costs in password hashing: BCrypt at the portal's cost (10, Spring's default) and the two above
 * it, with the sign-ins per minute the machine's cores could check if they did nothing else (the load test's
 * "300 logins in 60 s" needs 5 a second).
 */
public final class PasswordHashBenchmark implements Benchmark {

    @Override
    public String name() {
        return "bcrypt";
    }

    @Override
    public void run(Bench bench) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int cost = 10; cost <= 12; cost++) {
            BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(cost);
            String hash = encoder.encode("Cchc@2026");
            double micros = bench.time(
                    "BCrypt check, cost " + cost + (cost == 10 ? " (the portal's)" : ""),
                    2,
                    5,
                    4,
                    () -> encoder.matches("Cchc@2026", hash));
            bench.figure(
                    "  sign-ins per minute, " + cores + " cores, nothing else",
                    String.format(Locale.ROOT, "%,.0f", 60e6 / micros * cores));
        }
    }
}
