package vn.cchc.portal.bench.uidl;

import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser on plain HTTP (no Gatling): its own cookies (one server session), the sign-in form with its CSRF
 * token, the bootstrap of a page and the UIDL requests of one UI, each response checked by {@link UiState}. Used by
 * the heap-per-session benchmark, which needs real sessions but no response times.
 */
public final class PortalClient implements AutoCloseable {

    private final HttpClient http;
    private final String base;
    private final UiState ui = new UiState();
    private String lastMessage;
    private String lastAnswer;

    private static final String DUMP = System.getProperty("bench.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED =
            new java.util.concurrent.atomic.AtomicInteger();

    public PortalClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Opens the sign-in page (a UI of its own, like the browser) and posts the form; fails unless signed in. */
    public void login(String username, String password) throws IOException, InterruptedException {
        String csrf = Pages.csrfToken(load("login"));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form("username", username, "password", password, "_csrf", csrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + r.statusCode() + " " + location);
        }
    }

    /**
     * Loads a page the way the browser does: the HTML with its UI and view when the server renders them with the page
     * (eager server load), else the bootstrap of a new UI and the router's navigation.
     */
    public void open(String route) throws IOException, InterruptedException {
        load(route);
    }

    private String load(String route) throws IOException, InterruptedException {
        if (ui.loaded()) {
            post("/?v-r=uidl&v-uiId=" + ui.uiId(), ui.unload());
        }
        String page = get("/" + route);
        check(ui.initFromPage(page));
        if (!ui.renderedByPage()) {
            check(ui.init(get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")));
        }
        // the browser's router sends the location it shows in its first message, also when the page brought the view
        // (the server then keeps the view; without it the UI ignores later navigation), with the grid confirmations
        send(List.of(ui.navigate(route)));
        return page;
    }

    /** Sends one UIDL request with these invocations (and the grid confirmations due) and applies the answer. */
    public void send(List<ObjectNode> invocations) throws IOException, InterruptedException {
        List<ObjectNode> rpc = new ArrayList<>(ui.confirmations());
        rpc.addAll(invocations);
        lastMessage = ui.message(rpc);
        lastAnswer = post("/?v-r=uidl&v-uiId=" + ui.uiId(), lastMessage);
        check(ui.apply(lastAnswer));
        if (ui.unconfirmed()) {
            send(List.of()); // the grid connector confirms what it rendered right away
        }
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode());
        }
        if (DUMP != null) { // -Dbench.dump=folder: every answer to a file, to see what a screen sends
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(DUMP, "uidl-" + DUMPED.incrementAndGet() + ".json"), r.body());
        }
        return r.body();
    }

    /**
     * Sends the last UIDL message again, as the browser does when the answer did not reach it; returns the answer to
     * it first, then the answer to the repeated message (the server sends the one it kept; the state is not applied
     * again).
     */
    public List<String> repeatLast() throws IOException, InterruptedException {
        return List.of(lastAnswer, post("/?v-r=uidl&v-uiId=" + ui.uiId(), lastMessage));
    }

    public UiState ui() {
        return ui;
    }

    @Override
    public void close() {
        http.close();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        if (DUMP != null) {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(DUMP, "get-" + DUMPED.incrementAndGet() + ".html"), r.body());
        }
        return r.body();
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    private static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
