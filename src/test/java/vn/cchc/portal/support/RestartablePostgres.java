package vn.cchc.portal.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL server of its own (not the shared {@link EmbeddedPostgres}), which a test stops and starts again on
 * the same port and data folder, as an administrator restarting the database under a running application would.
 * Use it with {@code @ContextConfiguration(initializers = RestartablePostgres.ContextInitializer.class)}.
 */
public final class RestartablePostgres {

    private static RestartablePostgres instance;

    private final int port;
    private final Path dataDir;
    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;

    private RestartablePostgres() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        dataDir = Files.createTempDirectory("cchc-pg-restart-");
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "restartable-postgres-stop"));
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized RestartablePostgres get() {
        if (instance == null) {
            try {
                instance = new RestartablePostgres();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Starts the server (again): the same port, the same data. */
    public synchronized void start() {
        if (pg != null) {
            return;
        }
        try {
            pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("fsync", "off")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (pg_ctl stop, fast): every connection is cut, new ones are refused. */
    public synchronized void stop() {
        if (pg == null) {
            return;
        }
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pg = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Points the context's data source at the restartable server. */
    public static final class ContextInitializer
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("spring.datasource.url", get().jdbcUrl());
            props.put("spring.datasource.username", EmbeddedPostgres.USER);
            props.put("spring.datasource.password", "");
            props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
            props.put("spring.datasource.hikari.maximum-pool-size", "5");
            props.put("spring.datasource.hikari.minimum-idle", "2");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("restartablePostgres", props));
        }
    }
}
