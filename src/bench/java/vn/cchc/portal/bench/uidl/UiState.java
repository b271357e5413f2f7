package vn.cchc.portal.bench.uidl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a browser knows of one Vaadin UI, kept from the server's UIDL messages the way Flow's client keeps it: the
 * UI id and CSRF token (Vaadin-Security-Key) from the page or the bootstrap ({@code ?v-r=init}), the last sync id and the next
 * client id, the state tree (tag, properties, attributes, children, text, event listeners of every node), grid rows
 * sent by {@code $connector.set} and grid updates waiting for {@code confirmUpdate}. It writes the requests a browser
 * sends ({@link #message}) and checks every response ({@link #apply}): session expired, application error,
 * out-of-order sync id, error notifications. Used by the load test (Gatling) and the heap benchmark (plain HTTP).
 */
public final class UiState {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One node of the state tree. */
    public static final class Node {
        final int id;
        String tag;
        boolean attached;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            JsonNode v = attributes.get(name);
            return v == null || v.isNull()
                    ? null
                    : v.isObject() && v.has("uri") ? v.get("uri").asString() : v.asString();
        }

        public String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    private int uiId;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private int promise;
    private int historyIndex;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Map<Integer, TreeMap<Integer, JsonNode>> gridRows = new HashMap<>();
    private final Map<Integer, Integer> gridSizes = new HashMap<>();
    private final Map<Integer, List<Integer>> unconfirmed = new LinkedHashMap<>();
    private final List<String> notifications = new ArrayList<>();
    private final List<String> errorNotifications = new ArrayList<>();
    private String lastNavigation;
    private boolean renderedByPage;

    /** Where a page rendered with its view (eager server load) carries its UI: the init answer's JSON. */
    private static final String EMBEDDED_UI = "window.Vaadin.TypeScript=";

    /** A JSON text read back (a grid row kept as text in a load-test session). */
    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /**
     * Takes the UI a page carries when the server renders the view with the page ({@code vaadin.eagerServerLoad}):
     * the browser uses it as it is, without asking for {@code ?v-r=init} (asking would leave the page's UI on the
     * server, unused, until its heartbeats fail); its router still sends the location in its first message. A problem
     * text, or null when fine or when the page carries no UI ({@link #renderedByPage()} then false: bootstrap).
     */
    public String initFromPage(String html) {
        int at = html.indexOf(EMBEDDED_UI);
        int end = at < 0 ? -1 : html.indexOf(";</script>", at);
        renderedByPage = at >= 0 && end > at;
        if (!renderedByPage) {
            return null;
        }
        try {
            JsonNode initial = JSON.readTree(html.substring(at + EMBEDDED_UI.length(), end))
                    .path("initial");
            return init(initial.toString());
        } catch (RuntimeException e) {
            return "page with an unreadable UI: " + abbreviate(e.getMessage());
        }
    }

    /** Whether the last page loaded carried its UI and view (see {@link #initFromPage}). */
    public boolean renderedByPage() {
        return renderedByPage;
    }

    /** Reads the bootstrap answer of {@code GET /?v-r=init&location=...}; a problem text, or null when fine. */
    public String init(String initJson) {
        JsonNode config;
        try {
            config = JSON.readTree(initJson).path("appConfig");
        } catch (RuntimeException e) {
            return "bootstrap is not JSON: " + abbreviate(initJson);
        }
        if (!config.has("v-uiId") || !config.path("uidl").has("Vaadin-Security-Key")) {
            return "bootstrap without UI id or security key: " + abbreviate(initJson);
        }
        nodes.clear();
        constants.clear();
        gridRows.clear();
        unconfirmed.clear();
        uiId = config.get("v-uiId").asInt();
        csrfToken = config.path("uidl").get("Vaadin-Security-Key").asString();
        syncId = -1;
        clientId = 0;
        historyIndex = 0;
        return applyMessage(config.get("uidl"));
    }

    /** Applies one UIDL response; a problem text (session expired, error, out of order), or null when fine. */
    public String apply(String body) {
        if (body == null || body.isBlank()) {
            return "empty UIDL response";
        }
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode message;
        try {
            message = JSON.readTree(json);
        } catch (RuntimeException e) {
            return "UIDL response is not JSON: " + abbreviate(body);
        }
        if (message.isArray()) {
            message = message.get(0);
        }
        return applyMessage(message);
    }

    private String applyMessage(JsonNode message) {
        notifications.clear();
        errorNotifications.clear();
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            JsonNode e = meta.get("appError");
            return "application error: " + e.path("caption").asString("") + " "
                    + e.path("message").asString("");
        }
        if (message.has("syncId")) {
            int next = message.get("syncId").asInt();
            if (syncId >= 0 && next != syncId + 1) {
                return "out of sync: expected syncId " + (syncId + 1) + ", got " + next;
            }
            syncId = next;
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        message.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : message.path("changes")) {
            applyChange(change);
        }
        for (JsonNode call : message.path("execute")) {
            execute(call);
        }
        return errorNotifications.isEmpty() ? null : "error shown: " + String.join(" | ", errorNotifications);
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void applyChange(JsonNode c) {
        Node n = node(c.path("node").asInt());
        String type = c.path("type").asString();
        int feat = c.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> n.attached = true;
            case "detach" -> n.attached = false;
            case "put" ->
                put(
                        n,
                        feat,
                        c.path("key").asString(),
                        c.has("nodeValue") ? F.numberNode(c.get("nodeValue").asInt()) : c.get("value"));
            case "remove" -> map(n, feat).remove(c.path("key").asString());
            case "clear" -> {
                if (feat == 2) {
                    n.children.clear();
                } else {
                    map(n, feat).clear();
                }
            }
            case "splice" -> {
                List<Integer> list = feat == 2 ? n.children : n.virtualChildren;
                int index = Math.min(c.path("index").asInt(), list.size());
                int remove = c.path("remove").asInt(0);
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                if (c.has("addNodes")) {
                    int at = index;
                    for (JsonNode added : c.get("addNodes")) {
                        list.add(at++, added.asInt());
                    }
                }
            }
            default -> {
                // other change types carry nothing the load test reads
            }
        }
    }

    private void put(Node n, int feat, String key, JsonNode value) {
        switch (feat) {
            case 0 -> {
                if ("tag".equals(key)) {
                    n.tag = value.asString();
                }
            }
            case 1 -> {
                n.properties.put(key, value);
                if ("vaadin-notification".equals(n.tag) && "text".equals(key)) {
                    notification(n);
                }
            }
            case 3 -> {
                n.attributes.put(key, value);
                if ("vaadin-notification".equals(n.tag) && "theme".equals(key)) {
                    notification(n);
                }
            }
            case 4 -> n.listeners.put(key, value.asString());
            case 7 -> n.text = value.asString();
            default -> map(n, feat).put(key, value);
        }
    }

    private void notification(Node n) {
        String text = n.property("text");
        if (text == null) {
            return;
        }
        notifications.add(text);
        String theme = n.attribute("theme");
        if (theme != null && theme.contains("error")) {
            errorNotifications.add(text);
        }
    }

    private Map<String, JsonNode> map(Node n, int feat) {
        return feat == 3 ? n.attributes : n.properties;
    }

    private void execute(JsonNode call) {
        int size = call.size();
        if (size < 2) {
            return;
        }
        String script = call.get(size - 1).asString();
        if (script.contains("window.location") && script.contains("href")) {
            lastNavigation = script;
        }
        if (!script.contains("$connector")) {
            return;
        }
        Integer grid = nodeParameter(call.get(0));
        if (grid == null) {
            return;
        }
        if (script.contains("$connector.set(")) {
            TreeMap<Integer, JsonNode> rows = gridRows.computeIfAbsent(grid, g -> new TreeMap<>());
            int index = call.get(1).asInt();
            for (JsonNode item : call.get(2)) {
                rows.put(index++, item);
            }
        } else if (script.contains("$connector.updateSize(")) {
            gridSizes.put(grid, call.get(1).asInt());
        } else if (script.contains("$connector.reset()") || script.contains("$connector.clear(")) {
            gridRows.remove(grid);
        } else if (script.contains("$connector.confirm(") && "vaadin-grid".equals(node(grid).tag)) {
            unconfirmed
                    .computeIfAbsent(grid, g -> new ArrayList<>())
                    .add(call.get(1).asInt());
        }
    }

    private static Integer nodeParameter(JsonNode p) {
        return p != null && p.isObject() && p.has("@v-node") ? p.get("@v-node").asInt() : null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Requests

    /** The UIDL request body with the given invocations; counts the client id up like the browser. */
    public String message(List<ObjectNode> invocations) {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        invocations.forEach(rpc::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /** The beacon the browser sends when it leaves the page: the server closes this UI at once. */
    public String unload() {
        ObjectNode body = (ObjectNode) JSON.readTree(message(List.of()));
        body.put("UNLOAD", true);
        return body.toString();
    }

    /** Whether a page has been loaded (there is a UI to send messages to or to unload). */
    public boolean loaded() {
        return csrfToken != null;
    }

    /** The UIDL request body with the given invocations. */
    public String message(ObjectNode... invocations) {
        return message(List.of(invocations));
    }

    /** Client-side navigation (a link in the side navigation or a bookmark): the router's ui-navigate event. */
    public ObjectNode navigate(String route) {
        ObjectNode data = F.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", historyIndex == 1 ? "" : "client");
        return event(1, "ui-navigate", data);
    }

    /** An event of a node with the data its listener asks for. */
    public ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = F.objectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", name);
        e.set("data", data == null ? F.objectNode() : data);
        return e;
    }

    /** A mouse click on a node (button, menu item), with the event data its click listener declares. */
    public ObjectNode click(int node) {
        ObjectNode data = F.objectNode();
        for (String expression : expressions(node, "click")) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, expression.endsWith("detail") ? 1 : 0);
            }
        }
        return event(node, "click", data);
    }

    /** A click on a grid row (item-click), as the grid's connector sends it. */
    public ObjectNode itemClick(int grid, String key, String column) {
        ObjectNode data = F.objectNode();
        for (String expression : expressions(grid, "item-click")) {
            if (expression.endsWith("itemKey")) {
                data.put(expression, key);
            } else if (expression.endsWith("internalColumnId")) {
                data.put(expression, column);
            } else if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, expression.endsWith(".detail") ? 1 : 0);
            }
        }
        return event(grid, "item-click", data);
    }

    /** A call of a server method published to the client ({@code $server.select(key)} of the grid connector). */
    public ObjectNode call(int node, String method, Object... args) {
        ObjectNode c = F.objectNode();
        c.put("type", "publishedEventHandler");
        c.put("node", node);
        c.put("templateEventMethodName", method);
        ArrayNode a = c.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            a.add(JSON.valueToTree(arg));
        }
        c.put("promise", promise++);
        return c;
    }

    /** A property the client synchronises to the server (typing into a field). */
    public ObjectNode sync(int node, String property, Object value) {
        ObjectNode s = F.objectNode();
        s.put("type", "mSync");
        s.put("node", node);
        s.put("feature", 1);
        s.put("property", property);
        s.set("value", JSON.valueToTree(value));
        return s;
    }

    /** Typing a value into a field and leaving it: the value and the change event. */
    public List<ObjectNode> type(int node, Object value) {
        return List.of(sync(node, "value", value), event(node, "change", null));
    }

    /** Whether grid updates wait for their confirmation (the browser sends it as soon as it has rendered them). */
    public boolean unconfirmed() {
        return !unconfirmed.isEmpty();
    }

    /** Confirms the grid updates received so far (the browser does it right after rendering them). */
    public List<ObjectNode> confirmations() {
        List<ObjectNode> out = new ArrayList<>();
        unconfirmed.forEach((grid, ids) -> ids.forEach(id -> out.add(call(grid, "confirmUpdate", id))));
        unconfirmed.clear();
        return out;
    }

    private List<String> expressions(int node, String event) {
        String hash = node(node).listeners.get(event);
        if (hash == null) {
            throw new IllegalStateException("node " + node + " (" + node(node).tag + ") does not listen to " + event);
        }
        List<String> out = new ArrayList<>();
        JsonNode c = constants.get(hash);
        if (c != null) {
            c.propertyNames().forEach(k -> {
                if (k.startsWith("event.") || k.startsWith("element.")) {
                    out.add(k);
                }
            });
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading the tree

    /** The attached node with this element id ({@code setId}). */
    public Optional<Node> byId(String id) {
        return find(n -> id.equals(n.attribute("id")));
    }

    /** The attached node with this element id, or an exception naming what is on screen. */
    public Node require(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no element #" + id + " on screen"));
    }

    /** The first attached node matching. */
    public Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> n.attached && test.test(n)).findFirst();
    }

    /** The rows the grid has been sent, by index. */
    public List<JsonNode> rows(int grid) {
        return new ArrayList<>(gridRows.getOrDefault(grid, new TreeMap<>()).values());
    }

    /** The size the grid was told. */
    public int size(int grid) {
        return gridSizes.getOrDefault(grid, 0);
    }

    /** Texts of the notifications opened by the last response. */
    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    /** Text content of a node and its children (text nodes). */
    public String text(int node) {
        StringBuilder out = new StringBuilder();
        text(node(node), out, 0);
        return out.toString();
    }

    private void text(Node n, StringBuilder out, int depth) {
        if (depth > 50) {
            return;
        }
        if (n.text != null) {
            out.append(n.text);
        }
        for (int child : n.children) {
            text(node(child), out, depth + 1);
        }
    }

    public int uiId() {
        return uiId;
    }

    /** How many nodes the client holds (a measure of the view's size). */
    public int nodeCount() {
        return (int) nodes.values().stream().filter(n -> n.attached).count();
    }

    public String lastNavigation() {
        return lastNavigation;
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
