package vn.cchc.portal.e2e;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.bench.uidl.Pages;
import vn.cchc.portal.bench.uidl.PortalClient;
import vn.cchc.portal.bench.uidl.UiState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UIDL request the browser repeats (its answer was lost) gets the answer Flow kept for the UI, which the portal keeps
 * as Latin-1 JSON: the browser reads the same answer, and the session goes on.
 */
class KeptAnswerIT {

    @Test
    void aRepeatedRequestOnThePlanEditorGetsTheSameAnswerAndTheSessionGoesOn() throws Exception {
        PackagedApp app = PackagedApp.shared();
        try (PortalClient client = new PortalClient(app.url("/"))) {
            client.login("chuyenvien.snv", Browsers.PASSWORD);
            client.open("plans");
            var row = Pages.rows(client.ui(), "plans-grid", cells -> cells.contains("1908/"))
                    .getFirst();
            client.send(List.of(Pages.clickRow(client.ui(), "plans-grid", row)));
            client.ui().require("plan-tabs");

            List<String> answers = client.repeatLast();

            assertThat(answers.get(0)).containsPattern("[\\u0100-\\uFFFF]"); // sent as it was built: "ư", "ạ", …
            assertThat(answers.get(1))
                    .doesNotContainPattern("[\\u0100-\\uFFFF]")
                    .contains("\\u");
            assertThat(UiState.json(strip(answers.get(1)))).isEqualTo(UiState.json(strip(answers.get(0))));

            // the next request is answered as usual: the items tab of the same editor
            var tabs = client.ui().find(n -> "vaadin-tabs".equals(n.tag())).orElseThrow();
            client.send(List.of(client.ui().sync(tabs.id(), "selected", 1)));
            assertThat(client.ui().byId("items-grid")).isPresent();
        }
    }

    private static String strip(String answer) {
        return answer.startsWith("for(;;);") ? answer.substring("for(;;);".length()) : answer;
    }
}
