package vn.cchc.portal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.portal.bench.uidl.Pages;
import vn.cchc.portal.bench.uidl.UiState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Gatling steps that speak Vaadin Flow's protocol like the browser: each virtual user keeps a {@link UiState} (UI id,
 * CSRF token, sync and client ids, the state tree); every UIDL answer is checked (session expired, application error,
 * out-of-order sync id, error notification) and fails the request when something is wrong.
 */
final class Vaadin {

    static final String UI = "ui";

    private Vaadin() {
    }

    static UiState ui(Session session) {
        return session.get(UI);
    }

    /** Sign-in page (HTML and its UI), then the form post with the CSRF token; a real session of this account. */
    static ChainBuilder login(String username, String password) {
        return exec(session -> session.set(UI, new UiState()))
                .exec(http("login page").get("/login").check(
                        Timings.of("login page", Timings.Group.PAGE), status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"),
                        pageUi(Vaadin::signInForm)))
                .doIf(s -> !ui(s).renderedByPage()).then(exec(bootstrap("login page: UI", "login")))
                .exec(uidl("login page: navigate", s -> List.of(ui(s).navigate("login")), Vaadin::signInForm))
                .exec(http("login").post("/login").formParam("username", username).formParam("password", password)
                        .formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(Timings.of("login", Timings.Group.SIGN_IN), status().is(302),
                                header("Location").validate("signed in", (location, s) -> {
                            if (location.contains("error") || location.contains("login")) {
                                throw new IllegalStateException("sign-in refused: " + location);
                            }
                            return location;
                        })));
    }

    /**
     * A page loaded by the browser (address bar, bookmark): unload of the previous UI, HTML, bootstrap unless the page
     * brought its UI, the router's first navigation.
     */
    static ChainBuilder page(String kind, String route, Consumer<UiState> expect) {
        return doIf(s -> ui(s).loaded()).then(exec(http("unload").post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                        .header("Content-Type", "text/plain;charset=UTF-8").body(StringBody(s -> ui(s).unload()))
                        .check(Timings.of("unload", Timings.Group.BEACON), status().is(200))))
                .exec(http(kind + ": page").get("/" + route).check(Timings.of(kind + ": page", Timings.Group.PAGE), status().is(200),
                        pageUi(expect)))
                .doIf(s -> !ui(s).renderedByPage()).then(exec(bootstrap(kind + ": UI", route)))
                // the browser's router sends the location in its first message also when the page brought the view
                .exec(uidl(kind, s -> List.of(ui(s).navigate(route)), expect));
    }

    /**
     * The UI and view a page brings when the server renders them with it (eager server load), checked with
     * {@code expect}, as the browser takes them: no bootstrap request (its router still sends the location it shows in
     * its first message).
     */
    private static CheckBuilder pageUi(Consumer<UiState> expect) {
        return bodyString().validate("page UI", (body, s) -> {
            UiState ui = ui(s);
            fail(ui.initFromPage(body));
            if (ui.renderedByPage()) {
                expect.accept(ui);
            }
            return body;
        });
    }

    private static void signInForm(UiState ui) {
        ui.find(n -> "vaadin-login-form".equals(n.tag())).orElseThrow(() -> new IllegalStateException("no sign-in form"));
    }

    private static HttpRequestActionBuilder bootstrap(String name, String route) {
        return http(name).get("/?v-r=init&location=" + route + "&query=")
                .check(Timings.of(name, Timings.Group.PAGE), status().is(200), bodyString().validate("UI bootstrap", (body, s) -> {
                    fail(ui(s).init(body));
                    return body;
                }));
    }

    /**
     * One UIDL round trip: the invocations, the answer applied and checked, then {@code expect} run on the new state
     * (it throws when the screen is not what the step should lead to); then, like the browser's grid connector, the
     * confirmation of the grid rows it received.
     */
    static ChainBuilder uidl(String name, Function<Session, List<ObjectNode>> invocations, Consumer<UiState> expect) {
        return exec(request(name, invocations, expect)).doIf(s -> ui(s).unconfirmed())
                .then(exec(request("grid: confirm update", s -> List.of(), ui -> { })));
    }

    private static HttpRequestActionBuilder request(String name, Function<Session, List<ObjectNode>> invocations,
                                                    Consumer<UiState> expect) {
        return http(name).post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> {
                    UiState ui = ui(s);
                    List<ObjectNode> rpc = new ArrayList<>(ui.confirmations());
                    rpc.addAll(invocations.apply(s));
                    return ui.message(rpc);
                }))
                .check(Timings.of(name, Timings.Group.UIDL), status().is(200), bodyString().validate("UIDL answer", (body, s) -> {
                    UiState ui = ui(s);
                    fail(ui.apply(body));
                    expect.accept(ui);
                    return body;
                }));
    }

    /** Fails the step unless the progress form shows no refusal and a notification came. */
    static void saved(UiState ui) {
        Pages.formError(ui).ifPresent(message -> {
            throw new IllegalStateException("refused: " + message);
        });
        if (ui.notifications().isEmpty()) {
            throw new IllegalStateException("no confirmation shown");
        }
    }

    private static void fail(String problem) {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }
}
