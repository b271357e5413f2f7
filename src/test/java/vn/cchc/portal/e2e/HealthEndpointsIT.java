package vn.cchc.portal.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application shows health, liveness and readiness to anyone, and no other actuator endpoint. */
class HealthEndpointsIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(PackagedApp app, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthLivenessAndReadinessAnswerUpWithoutSigningInAndWithoutDetails() throws Exception {
        PackagedApp app = PackagedApp.shared();

        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(app, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // the status and, on /actuator/health, the names of the probe groups; never components or details
            assertThat(response.body())
                    .as(path)
                    .isIn("{\"status\":\"UP\"}", "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        }
    }

    @Test
    void everyOtherActuatorEndpointAnswersNotFound() throws Exception {
        PackagedApp app = PackagedApp.shared();

        for (String endpoint : List.of(
                "",
                "env",
                "beans",
                "configprops",
                "mappings",
                "metrics",
                "info",
                "loggers",
                "heapdump",
                "threaddump",
                "shutdown",
                "scheduledtasks",
                "flyway",
                "sessions",
                "health/db",
                "modulith")) {
            assertThat(get(app, "/actuator/" + endpoint).statusCode())
                    .as(endpoint)
                    .isEqualTo(404);
        }
    }
}
