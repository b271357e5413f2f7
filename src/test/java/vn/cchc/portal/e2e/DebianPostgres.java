package vn.cchc.portal.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the Debian package ({@code postgresql}, binaries under /usr/lib/postgresql/NN/bin) in a
 * folder of its own on a free port, with password authentication over TCP as in production. PostgreSQL refuses to
 * run as root: as root (CI) the server runs as the package's {@code postgres} user.
 */
final class DebianPostgres implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "Pg-cluster-2026";

    final Path bin;
    final Path home;
    final int port;
    private final boolean asPostgresUser;

    private DebianPostgres(Path bin, Path home, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static DebianPostgres start(Path work) throws Exception {
        Path bin = binaries();
        boolean root = Processes.output(List.of("id", "-u")).strip().equals("0");
        Path home = Files.createDirectories(work.resolve("postgres"));
        Files.writeString(home.resolve("pwfile"), SUPERUSER_PASSWORD + "\n");
        if (root) {
            Processes.run(List.of("chown", "-R", "postgres:postgres", home.toString()));
        }
        DebianPostgres pg = new DebianPostgres(bin, home, freePort(), root);
        pg.runAsServerUser(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                home.resolve("data").toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + home.resolve("pwfile"),
                "--auth-host=scram-sha-256",
                "--auth-local=peer",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync"));
        pg.runAsServerUser(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                home.resolve("data").toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-t",
                "120",
                "start",
                "-o",
                "-p " + pg.port + " -c listen_addresses=127.0.0.1 -k " + home));
        return pg;
    }

    /** The newest /usr/lib/postgresql/NN/bin with initdb. */
    private static Path binaries() throws IOException {
        return installed()
                .orElseThrow(() ->
                        new IllegalStateException("PostgreSQL server is not installed: apt-get install postgresql"));
    }

    /**
     * The newest /usr/lib/postgresql/NN/bin that holds the server and the tools the backup scripts use (initdb,
     * pg_ctl, postgres, pg_dump, pg_restore, psql, createdb), if the Debian package is installed.
     */
    static java.util.Optional<Path> installed() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return java.util.Optional.empty();
        }
        List<String> tools = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql", "createdb");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> tools.stream().allMatch(t -> Files.isExecutable(b.resolve(t))))
                    .max(Comparator.comparingInt(
                            b -> Integer.parseInt(b.getParent().getFileName().toString())));
        }
    }

    private void runAsServerUser(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Processes.run(full);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** libpq's variables for the command-line tools (pg_dump, psql…) as the superuser. */
    Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", String.valueOf(port));
        env.put("PGUSER", SUPERUSER);
        env.put("PGPASSWORD", SUPERUSER_PASSWORD);
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        return env;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, SUPERUSER_PASSWORD);
    }

    void execute(String database, String... statements) throws SQLException {
        try (Connection c = connect(database);
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    long count(String database, String sql, Object... args) throws SQLException {
        try (Connection c = connect(database);
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every table of the public schema with its row count and an MD5 of all its rows in a fixed order. */
    Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = connect(database);
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by "
                        + "t::text), '')) from public.\"" + table + "\" t")) {
                    rs.next();
                    out.put(table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        runAsServerUser(List.of(
                bin.resolve("pg_ctl").toString(), "-D", home.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
