package vn.cchc.portal.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal (target/cchc-portal.jar) as a process of its own on a free port, in a new working folder (so
 * on a new embedded database with the demo data unless {@code load.appArgs} points it elsewhere, e.g.
 * {@code --spring.profiles.active=postgres,demo} with the CCHC_DB_* variables set).
 */
final class LaunchedPortal {

    private final Process process;
    private final Path log;
    final String url;

    private LaunchedPortal(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    static LaunchedPortal start(Path jar, String appArgs) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw package (or -Pload runs it)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("cchc-load");
        Path log = dir.resolve("portal.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port));
        Arrays.stream(appArgs.trim().split("\\s+")).filter(a -> !a.isEmpty()).forEach(command::add);
        System.out.println("Starting " + String.join(" ", command) + " (log: " + log + ")");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        LaunchedPortal portal = new LaunchedPortal(process, log, "http://localhost:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::stop));
        portal.awaitReady(Duration.ofMinutes(10));
        return portal;
    }

    /** Waits until the sign-in page answers and the demo data is in (the start-up banner is printed after it). */
    private void awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        long begin = System.nanoTime();
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (System.nanoTime() < end) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The portal exited:\n" + Files.readString(log));
                }
                try {
                    if (client.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                            && Files.readString(log).contains("Mở / Open")) {
                        System.out.printf("Portal ready at %s after %d s%n", url,
                                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin));
                        return;
                    }
                } catch (IOException notYetListening) {
                    // starting
                }
                Thread.sleep(500);
            }
        }
        stop();
        throw new IllegalStateException("The portal did not start in " + timeout + ":\n" + Files.readString(log));
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
