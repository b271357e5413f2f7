package vn.cchc.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process of the cluster test (an application node, nginx): its log, readiness, SIGKILL and SIGTERM. */
final class AppProcess implements AutoCloseable {

    final String name;
    final int port;
    final Path dir;
    final Path log;
    private final Process process;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(String name, int port, Path dir, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.dir = dir;
        this.log = log;
        this.process = process;
    }

    static AppProcess start(String name, int port, Path dir, List<String> command, Map<String, String> env)
            throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new AppProcess(name, port, dir, log, builder.start());
    }

    /** The packaged application (target/cchc-portal.jar) as a node of the cluster on the postgres profile. */
    static AppProcess node(String name, int port, Path dir, Map<String, String> env, List<String> args)
            throws IOException {
        Path jar = Path.of("target", "cchc-portal.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Run 'mvnw verify': " + jar + " is missing");
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                java(),
                "-Xmx768m",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port));
        command.addAll(args);
        return start(name, port, dir, command, env);
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Waits until the path answers 200 (e.g. the readiness probe). */
    Duration awaitOk(String path, Duration timeout) throws Exception {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "):\n" + tail());
            }
            if (status(path) == 200) {
                return Duration.between(begin, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer " + path + " in " + timeout + ":\n" + tail());
    }

    int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url(path)))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** kill -9: the node is gone at once, as when its machine dies. */
    void kill9() throws Exception {
        Processes.run(List.of("kill", "-9", String.valueOf(process.pid())));
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (what systemctl stop sends); returns the exit code. */
    int stop(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not stop in " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    String tail() {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
