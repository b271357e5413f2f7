package vn.cchc.portal.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Short commands run to completion, failing with their output when they fail. */
final class Processes {

    private Processes() {}

    static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + (process.isAlive() ? "timeout" : process.exitValue()) + "): "
                    + String.join(" ", command) + "\n" + output);
        }
        return output;
    }

    static String output(List<String> command) throws IOException, InterruptedException {
        return run(command);
    }
}
