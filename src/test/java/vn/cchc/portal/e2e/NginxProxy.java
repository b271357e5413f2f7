package vn.cchc.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * nginx (Debian package) with the reference site of src/deploy/nginx/cchc-portal.conf, changed only in its ports:
 * it listens on a free loopback port and proxies to the two test nodes instead of 8081/8082.
 */
final class NginxProxy {

    static final Path SITE = Path.of("src", "deploy", "nginx", "cchc-portal.conf");

    private NginxProxy() {}

    static AppProcess start(Path work, int port, int nodeA, int nodeB) throws Exception {
        Path dir = Files.createDirectories(work.resolve("nginx"));
        String site = Files.readString(SITE);
        String changed = replaceAll(
                site,
                Map.of(
                        "127.0.0.1:8081", "127.0.0.1:" + nodeA,
                        "127.0.0.1:8082", "127.0.0.1:" + nodeB,
                        "listen 80;", "listen 127.0.0.1:" + port + ";",
                        "listen [::]:80;", ""));
        Files.writeString(dir.resolve("cchc-portal.conf"), changed);
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Path folder = Files.createDirectories(dir.resolve(temp));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    log_format cluster '$time_iso8601 "$request" $status upstream=$upstream_addr '
                                       'session=$cookie_JSESSIONID';
                    access_log %1$s/access.log cluster;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/cchc-portal.conf;
                }
                """.formatted(dir));
        Processes.run(List.of(
                nginx(),
                "-t",
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString()));
        return AppProcess.start(
                "nginx",
                port,
                dir,
                List.of(
                        nginx(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString()),
                Map.of());
    }

    private static String nginx() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    /** Whether nginx (Debian package, /usr/sbin/nginx, or on the PATH) is installed. */
    static boolean installed() {
        if (Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            return true;
        }
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(":"))
                        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "nginx")));
    }

    private static String replaceAll(String text, Map<String, String> replacements) {
        String out = text;
        for (var r : replacements.entrySet()) {
            if (!out.contains(r.getKey())) {
                throw new IllegalStateException(SITE + " no longer contains \"" + r.getKey() + "\"");
            }
            out = out.replace(r.getKey(), r.getValue());
        }
        return out;
    }
}
