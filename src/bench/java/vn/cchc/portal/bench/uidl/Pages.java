package vn.cchc.portal.bench.uidl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user does on the portal's pages, as the UIDL invocations the browser would send: pick a grid row, type into
 * the progress form, press its buttons. Shared by the load test and the heap benchmark so both drive the same screens.
 */
public final class Pages {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private Pages() {}

    /** The Spring Security CSRF token of a page (the sign-in form sends it). */
    public static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("page without CSRF token");
        }
        return m.group(1);
    }

    /** The rows of the grid with this id that match (by their cell texts), in order. */
    public static List<JsonNode> rows(UiState ui, String gridId, Predicate<String> cells) {
        int grid = ui.require(gridId).id();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode row : ui.rows(grid)) {
            if (cells.test(row.toString())) {
                out.add(row);
            }
        }
        return out;
    }

    /** A click on a row of the grid (opens the task or plan). */
    public static ObjectNode clickRow(UiState ui, String gridId, JsonNode row) {
        return ui.itemClick(ui.require(gridId).id(), row.path("key").asString(), "col0");
    }

    /** Selecting a row of a single-select grid (the connector's {@code $server.select}). */
    public static ObjectNode selectRow(UiState ui, String gridId, JsonNode row) {
        return ui.call(ui.require(gridId).id(), "select", row.path("key").asString());
    }

    /** Typing into a field and leaving it. */
    public static List<ObjectNode> type(UiState ui, String fieldId, Object value) {
        return ui.type(ui.require(fieldId).id(), value);
    }

    /** A click on the button with this id. */
    public static ObjectNode click(UiState ui, String buttonId) {
        return ui.click(ui.require(buttonId).id());
    }

    /** The progress form filled in and saved as a draft. */
    public static List<ObjectNode> saveDraft(UiState ui, int percent, String result) {
        List<ObjectNode> out = new ArrayList<>(type(ui, "update-percent", String.valueOf(percent)));
        out.addAll(type(ui, "update-result", result));
        out.add(click(ui, "update-save"));
        return out;
    }

    /** The message the progress form shows under it (refused save or submit), if any. */
    public static Optional<String> formError(UiState ui) {
        return ui.byId("update-error").map(n -> ui.text(n.id()).strip()).filter(t -> !t.isEmpty());
    }
}
