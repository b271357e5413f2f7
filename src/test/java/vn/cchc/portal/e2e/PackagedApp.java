package vn.cchc.portal.e2e;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The packaged application (target/cchc-portal.jar) started as a real process on a free port. */
final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Path log;
    final Duration startup;

    private PackagedApp(Process process, int port, Path workDir, Path log, Duration startup) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.log = log;
        this.startup = startup;
    }

    private static PackagedApp shared;

    /** One application for all browser tests of this JVM, stopped when the JVM exits. */
    static synchronized PackagedApp shared() throws Exception {
        if (shared == null) {
            shared = start();
            PackagedApp app = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    app.close();
                } catch (Exception ignored) {
                    // exiting anyway
                }
            }));
        }
        return shared;
    }

    static PackagedApp start() throws Exception {
        Path jar = Path.of("target", "cchc-portal.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Run 'mvnw verify': " + jar + " is missing");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path workDir = Files.createTempDirectory("cchc-e2e");
        Path log = workDir.resolve("app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Instant begin = Instant.now();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=" + port))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedApp app = new PackagedApp(process, port, workDir, log, Duration.ZERO);
        app.awaitReady(Duration.ofMinutes(5));
        return new PackagedApp(process, port, workDir, log, Duration.between(begin, Instant.now()));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Path workDir() {
        return workDir;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the application answers and has printed its banner (or gives up when it exits). */
    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try {
            await("the packaged application to start")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Application exited:\n" + log());
                        }
                        return answers(client) && log().contains("Mở / Open");
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Application did not start in " + timeout + ":\n" + log(), e);
        }
    }

    private boolean answers(HttpClient client) throws InterruptedException {
        try {
            return client.send(
                                    HttpRequest.newBuilder(URI.create(url("/login")))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
