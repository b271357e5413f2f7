package vn.cchc.portal.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries, no Docker), started on first use and
 * stopped by a shutdown hook. Each Spring test context gets a database of its own ({@link #createDatabase()}),
 * so contexts cannot see each other's committed data.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (CI here), the server runs as an
 * unprivileged user:
 * <ul>
 *   <li>{@code unshare}: zonky itself wraps initdb/pg_ctl in {@code unshare -U} when it sees uid 0 and user
 *       namespaces work; inside the namespace the process is "nobody" and owns the root-created files.</li>
 *   <li>{@code setpriv}: where user namespaces are not allowed (some containers), the binaries are unpacked
 *       into a folder of our own and zonky is handed wrapper scripts that drop to uid/gid 65534 with
 *       {@code setpriv} before exec-ing the real initdb/pg_ctl; the data folder is chowned to that user.</li>
 * </ul>
 * As a normal user nothing is wrapped. (To try the second way as root: run the JVM with a PATH lacking
 * {@code unshare}, e.g. {@code PATH=/nonexistent}.)
 *
 * <p>Use it in tests with {@link UsePostgres}; plain JDBC callers can use {@link #createDatabase()} and
 * {@link #dataSource(String)}.
 */
public final class EmbeddedPostgres {

    /** Superuser of the embedded cluster (trust authentication, no password). */
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final int NOBODY = 65534;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Server server;

    private EmbeddedPostgres() {}

    /** Creates a new, empty database and returns its JDBC URL (starting the server if needed). */
    public static String createDatabase() {
        String name = "cchc_test_" + DATABASES.incrementAndGet();
        Server s = server();
        try (Connection c = s.pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create database " + name + " template template0 encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** JDBC URL of a database of the embedded server (user and password are given separately). */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server().pg.getPort() + "/" + database;
    }

    /** A non-pooling data source on a database of the embedded server. */
    public static DataSource dataSource(String database) {
        return server().pg.getDatabase(USER, database);
    }

    /**
     * Takes a database of the embedded server down, as far as its clients can tell: every open connection is
     * terminated and new ones are refused, until the returned outage is closed.
     */
    public static Outage outage(String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a test database: " + database);
        }
        DataSource admin = server().pg.getPostgresDatabase();
        execute(
                admin,
                "alter database " + database + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        return () -> execute(admin, "alter database " + database + " allow_connections true");
    }

    /** A database outage; closing it lets clients connect again. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private static void execute(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + String.join("; ", statements), e);
        }
    }

    /** How long the first start took (unpacking, initdb and start-up). */
    public static Duration startupTime() {
        return server().startup;
    }

    /** How the server runs: "direct", "unshare" or "setpriv". */
    public static String mode() {
        return server().mode;
    }

    private static Server server() {
        Server s = server;
        if (s == null) {
            synchronized (EmbeddedPostgres.class) {
                s = server;
                if (s == null) {
                    s = start();
                    server = s;
                }
            }
        }
        return s;
    }

    private static Server start() {
        long t0 = System.nanoTime();
        try {
            String mode = chooseMode();
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // test speed over durability
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    // Unicode-aware lower()/upper() independent of the machine's locales (PostgreSQL 17+)
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
            Path scratch = null;
            if (mode.equals("setpriv")) {
                SetprivLayout layout = SetprivLayout.create();
                scratch = layout.base;
                builder.setPgBinaryResolver(layout.resolver)
                        .setOverrideWorkingDirectory(layout.zonkyDir.toFile())
                        .setDataDirectory(layout.dataDir.toFile());
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;
            try {
                pg = builder.start();
            } catch (IOException | RuntimeException e) {
                if (scratch != null) {
                    FileSystemUtils.deleteRecursively(scratch);
                }
                throw e;
            }
            Path toDelete = scratch;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    pg.close();
                                    if (toDelete != null) {
                                        FileSystemUtils.deleteRecursively(toDelete);
                                    }
                                } catch (IOException e) {
                                    LOG.warn("could not stop embedded PostgreSQL", e);
                                }
                            },
                            "embedded-postgres-stop"));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            LOG.info("Embedded PostgreSQL started on port {} ({} mode) in {} ms", pg.getPort(), mode, took.toMillis());
            return new Server(pg, mode, took);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static String chooseMode() {
        if (!isLinuxRoot()) {
            return "direct";
        }
        return LinuxUtils.isUnshareAvailable() ? "unshare" : "setpriv";
    }

    private static boolean isLinuxRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private record Server(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg, String mode, Duration startup) {}

    /**
     * Root without user namespaces: real binaries unpacked by us (world-readable), a tiny archive of wrapper
     * scripts handed to zonky as "the binaries", and a data folder owned by uid 65534.
     */
    private record SetprivLayout(Path base, PgBinaryResolver resolver, Path zonkyDir, Path dataDir) {

        static SetprivLayout create() throws IOException {
            String setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv")) ? "/usr/bin/setpriv" : "setpriv";
            Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
            Path base = Files.createTempDirectory("cchc-pg-", PosixFilePermissions.asFileAttribute(open));
            Files.setPosixFilePermissions(base, open);
            Path real = Files.createDirectory(base.resolve("real"));
            try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch())) {
                unpack(txz, real);
            }
            Path dataDir = Files.createDirectory(base.resolve("data"));
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            Files.setAttribute(dataDir, "unix:uid", NOBODY);
            Files.setAttribute(dataDir, "unix:gid", NOBODY);
            Map<String, String> scripts = new LinkedHashMap<>();
            for (String tool : new String[] {"initdb", "pg_ctl", "postgres"}) {
                scripts.put(
                        "bin/" + tool,
                        "#!/bin/sh\ncd /\nexec " + setpriv + " --reuid=" + NOBODY + " --regid=" + NOBODY
                                + " --clear-groups --reset-env -- " + real.resolve("bin/" + tool) + " \"$@\"\n");
            }
            byte[] wrappers = txz(scripts);
            PgBinaryResolver resolver = (system, hardware) -> new ByteArrayInputStream(wrappers);
            return new SetprivLayout(base, resolver, base.resolve("zonky"), dataDir);
        }

        private static String arch() {
            String a = System.getProperty("os.arch");
            return "amd64".equals(a) ? "x86_64" : a;
        }

        private static void unpack(InputStream txz, Path target) throws IOException {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("bad entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink() || entry.isLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out);
                        boolean exec =
                                (entry.getMode() & 0111) != 0 || entry.getName().matches("(\\./)?bin/.*");
                        Files.setPosixFilePermissions(
                                out, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
            try (var dirs = Files.walk(target)) {
                for (Path dir :
                        (Iterable<Path>) dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                    Files.setPosixFilePermissions(dir, EnumSet.copyOf(PosixFilePermissions.fromString("rwxr-xr-x")));
                }
            }
        }

        private static byte[] txz(Map<String, String> files) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar =
                    new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options()))) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                    entry.setSize(content.length);
                    entry.setMode(0755);
                    tar.putArchiveEntry(entry);
                    tar.write(content);
                    tar.closeArchiveEntry();
                }
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Points {@code spring.datasource.*} at a fresh database of the embedded server. Registered by
     * {@link UsePostgres}.
     */
    public static final class ContextInitializer
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("spring.datasource.url", createDatabase());
            props.put("spring.datasource.username", USER);
            props.put("spring.datasource.password", "");
            props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
            // cached contexts keep their pools open: stay well under max_connections
            props.put("spring.datasource.hikari.maximum-pool-size", "5");
            props.put("spring.datasource.hikari.minimum-idle", "1");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", props));
        }
    }
}
