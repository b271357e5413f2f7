package vn.cchc.portal.e2e;

import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, asked by a plain HTTP client as a browser's first request: a task or plan that does not
 * exist (it answers like another unit's), a missing evidence file, a view the role does not open and an unknown address
 * answer 403, 403, 403, 403 and 404 at the HTTP level with the error page in the shell; the user's own pages answer 200.
 */
class ErrorStatusIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(PackagedApp app, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(PackagedApp app, String username) throws Exception {
        HttpResponse<String> login = get(app, "/login");
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form =
                "_csrf=" + enc(token.group(1)) + "&username=" + enc(username) + "&password=" + enc(Browsers.PASSWORD);
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(URI.create(app.url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void refusedAndMissingAddressesAnswer403And404AndOwnPagesAnswer200() throws Exception {
        PackagedApp app = PackagedApp.shared();
        signIn(app, "giamdoc.stp");

        HttpResponse<String> own = get(app, "/tasks");
        assertThat(own.statusCode()).isEqualTo(200);

        HttpResponse<String> missingTask = get(app, "/task/999999");
        assertThat(missingTask.statusCode()).isEqualTo(403);
        // the 403 page inside the shell (its menu), in Vietnamese, without exception text
        assertThat(missingTask.body())
                .contains("error-page", "main-nav", "Không có quyền truy cập")
                .doesNotContain("Exception", "exception");

        HttpResponse<String> missingPlan = get(app, "/plan/999999");
        assertThat(missingPlan.statusCode()).isEqualTo(403);
        assertThat(missingPlan.body()).contains("error-page", "Không có quyền truy cập");

        // a missing evidence file answers as a forbidden one does
        assertThat(get(app, "/evidence/999999").statusCode()).isEqualTo(403);

        HttpResponse<String> notForTheRole = get(app, "/review");
        assertThat(notForTheRole.statusCode()).isEqualTo(403);

        HttpResponse<String> unknown = get(app, "/khong-co-trang-nay");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("error-page");
    }
}
