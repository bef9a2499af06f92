package app.rapport.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a browser tab knows about its Vaadin Flow UI, kept per virtual user, so Gatling can speak the
 * stateful UIDL protocol without a browser: the UI id and its CSRF token (from {@code ?v-r=init}),
 * the server's last {@code syncId}, the next {@code clientId}, and the element tree the server built
 * from the {@code changes} of every response (tags, {@code id} attributes, properties, children and
 * text), so an action can find "the button with id interaction-save" the way a user finds it on
 * screen. It also answers what the real client answers on its own: a grid's or combo box's
 * {@code $connector.confirm(n)} becomes a {@code confirmUpdate(n)} call sent with the next message,
 * and a notification whose duration has passed is closed ({@code opened} synchronised to false,
 * on which the server removes it from the UI) with the first message after that; the browser sends
 * that close in a request of its own when the notification's timer ends.
 *
 * <p>Not thread-safe and need not be: Gatling runs one virtual user's actions one after another.
 */
final class FlowClient {

    /** What {@link #receive} and {@link #init} return when the answer is as expected. */
    static final String OK = "OK";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final String NOTIFICATION = "vaadin-notification";
    private static final int DEFAULT_NOTIFICATION_MILLIS = 5000;

    private final Map<Integer, FlowNode> nodes = new HashMap<>();
    private final List<ObjectNode> pending = new ArrayList<>();
    /** Open notifications with a duration, and when (System.nanoTime) the browser closes each. */
    private final Map<Integer, Long> notificationsClosingAt = new HashMap<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private int promiseId;

    int uiId() {
        return uiId;
    }

    /**
     * Takes the JSON of {@code ?v-r=init}: a new UI, a new token, an empty tree; then checks the
     * expectations (see {@link #receive}) against it.
     */
    String init(String body, List<String> expectations) {
        JsonNode config;
        try {
            config = JSON.readTree(body).path("appConfig");
        } catch (JsonProcessingException e) {
            return "not the JSON of a UI init: " + head(body);
        }
        var uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            return "UI init without a UI id or security key: " + head(body);
        }
        nodes.clear();
        pending.clear();
        notificationsClosingAt.clear();
        uiId = config.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt(-1);
        clientId = uidl.path("clientId").asInt(0);
        apply(uidl);
        return expect(body, expectations);
    }

    /** The body of the next UIDL request: whatever the client owes the server first, then {@code rpc}. */
    String message(List<ObjectNode> rpc) {
        var all = JSON.createArrayNode();
        closeElapsedNotifications();
        pending.forEach(all::add);
        pending.clear();
        rpc.forEach(all::add);
        var message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", all);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /**
     * The beacon a browser's Flow client sends when its page goes away (the sign-in page after the
     * form is posted): the UI's usual message, no invocations, and {@code UNLOAD}, on which the
     * server closes that UI at once instead of keeping it until its heartbeats are missed.
     */
    String unloadBeacon() {
        var message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", JSON.createArrayNode());
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        message.put("UNLOAD", true);
        return message.toString();
    }

    /**
     * Takes a UIDL response: refuses what a real client would show as an error (not UIDL, an
     * {@code appError}, an expired session, a refused message), applies the changes and then
     * checks each expectation: {@code #some-id} means an element with that id is in the tree now,
     * anything else is text the response must contain; {@code a || b} accepts either.
     *
     * @return {@link #OK}, or what was wrong, which Gatling shows as the failed check
     */
    String receive(String body, List<String> expectations, boolean sessionEndExpected) {
        // Vaadin 24 wrapped the message in an array behind a guard; Vaadin 25 sends the object itself.
        boolean guarded = body != null && body.startsWith(UIDL_PREFIX);
        if (body == null || !(guarded || body.startsWith("{"))) {
            return "not a UIDL response: " + head(body);
        }
        JsonNode message;
        try {
            message = guarded ? JSON.readTree(body.substring(UIDL_PREFIX.length())).path(0) : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return "UIDL response is not JSON: " + head(body);
        }
        if (!message.isObject()) {
            return "not a UIDL response: " + head(body);
        }
        var meta = message.path("meta");
        if (meta.has("appError")) {
            var error = meta.get("appError");
            return "appError: " + error.path("caption").asText() + " / " + error.path("message").asText();
        }
        if (meta.path("sessionExpired").asBoolean(false) && !sessionEndExpected) {
            return "session expired";
        }
        if (message.has("redirect")) {
            return "redirect to " + message.get("redirect").path("url").asText();
        }
        if (message.has("syncId")) {
            int next = message.get("syncId").asInt();
            if (next < 0) {
                return "server refused the message (syncId -1): " + head(body);
            }
            syncId = next;
        }
        clientId = message.has("clientId") ? message.get("clientId").asInt() : clientId + 1;
        apply(message);
        return expect(body, expectations);
    }

    // ---- the client's calls ---------------------------------------------------------------------

    /** A DOM event on an element, with the event data its listener asks for. */
    static ObjectNode event(int node, String event, ObjectNode data) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data == null ? JSON.createObjectNode() : data);
        return rpc;
    }

    /** A click, with the mouse details a button's click listener asks for. */
    static ObjectNode click(int node) {
        var data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 120);
        data.put("event.clientY", 80);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 180);
        data.put("event.screenX", 220);
        return event(node, "click", data);
    }

    /** The router moving to {@code route}, as the client's {@code Flow} sends it for a server route. */
    static ObjectNode navigate(String route, String trigger) {
        var data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Rapport");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    /** A property the element's listeners synchronise, as the client sends it before their event. */
    static ObjectNode sync(int node, String property, JsonNode value) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** A {@code this.$server.method(args)} call of a component's {@code @ClientCallable}. */
    ObjectNode call(int node, String method, Object... args) {
        var rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(args));
        rpc.put("promise", promiseId++);
        return rpc;
    }

    static JsonNode value(Object value) {
        return JSON.valueToTree(value);
    }

    static ObjectNode trailing() {
        var data = JSON.createObjectNode();
        data.put("for", "trailing");
        return data;
    }

    // ---- finding elements -------------------------------------------------------------------------

    /** The element with this {@code id} attribute; the newest one if an old copy lingers. */
    Optional<Integer> byId(String id) {
        return nodes.values().stream().filter(n -> id.equals(text(n.attributes.get("id"))))
                .map(n -> n.id).max(Integer::compare);
    }

    int requireId(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no element with id " + id + " on screen"));
    }

    /** The newest element with this tag, e.g. the grid of a view. */
    int requireTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).map(n -> n.id).max(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("no <" + tag + "> on screen"));
    }

    int parentOf(int node) {
        var parent = nodes.get(node).parent;
        if (parent == null) {
            throw new IllegalStateException("element " + node + " has no parent");
        }
        return parent;
    }

    int indexInParent(int node) {
        return nodes.get(parentOf(node)).children.indexOf(node);
    }

    /**
     * The client-side value (the item key) of the option showing {@code label} in a select or radio
     * group: {@code vaadin-select-item}s carry a {@code label}, radio buttons their text.
     */
    JsonNode optionValue(String fieldId, String label) {
        var queue = new ArrayDeque<Integer>(List.of(requireId(fieldId)));
        while (!queue.isEmpty()) {
            var node = nodes.get(queue.poll());
            if (node == null) {
                continue;
            }
            boolean option = "vaadin-select-item".equals(node.tag) || "vaadin-radio-button".equals(node.tag);
            if (option && (label.equals(text(node.attributes.get("label"))) || label.equals(textOf(node)))) {
                return node.properties.get("value");
            }
            queue.addAll(node.children);
        }
        throw new IllegalStateException("no option '" + label + "' in " + fieldId);
    }

    private String textOf(FlowNode node) {
        var text = new StringBuilder(node.text == null ? "" : node.text);
        for (var child : node.children) {
            var childNode = nodes.get(child);
            if (childNode != null) {
                text.append(textOf(childNode));
            }
        }
        return text.toString().strip();
    }

    // ---- the tree ---------------------------------------------------------------------------------

    private void apply(JsonNode message) {
        for (var change : message.path("changes")) {
            int id = change.path("node").asInt();
            var type = change.path("type").asText();
            if ("detach".equals(type)) {
                detach(id);
                continue;
            }
            var node = nodes.computeIfAbsent(id, FlowNode::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> map(node, feature).ifPresent(m -> m.remove(change.path("key").asText()));
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // "attach" only creates the node; anything newer is not needed to find elements.
                }
            }
        }
        for (var call : message.path("execute")) {
            confirmIfAsked((ArrayNode) call);
        }
        long now = System.nanoTime();
        for (var node : nodes.values()) {
            if (NOTIFICATION.equals(node.tag) && isOpen(node) && !notificationsClosingAt.containsKey(node.id)) {
                var duration = node.properties.get("duration");
                long millis = duration == null ? DEFAULT_NOTIFICATION_MILLIS : duration.asLong();
                if (millis > 0) { // 0 or less: stays until the person closes it
                    notificationsClosingAt.put(node.id, now + millis * 1_000_000);
                }
            }
        }
    }

    private static boolean isOpen(FlowNode node) {
        var opened = node.properties.get("opened");
        return opened != null && opened.asBoolean();
    }

    /** Notifications whose timer has ended close, as their element tells the server when it closes. */
    private void closeElapsedNotifications() {
        long now = System.nanoTime();
        var elapsed = notificationsClosingAt.entrySet().stream().filter(e -> e.getValue() - now <= 0)
                .map(Map.Entry::getKey).toList();
        for (int id : elapsed) {
            notificationsClosingAt.remove(id);
            var node = nodes.get(id);
            if (node != null && isOpen(node)) {
                node.properties.put("opened", value(false));
                pending.add(sync(id, "opened", value(false)));
            }
        }
    }

    private void put(FlowNode node, int feature, JsonNode change) {
        var key = change.path("key").asText();
        var value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        if (feature == ELEMENT_DATA && "tag".equals(key)) {
            node.tag = value.asText();
        } else if (feature == TEXT) {
            node.text = value.asText();
        } else {
            map(node, feature).ifPresent(m -> m.put(key, value));
        }
    }

    private static Optional<Map<String, JsonNode>> map(FlowNode node, int feature) {
        return switch (feature) {
            case PROPERTIES -> Optional.of(node.properties);
            case ATTRIBUTES -> Optional.of(node.attributes);
            default -> Optional.empty();
        };
    }

    private void splice(FlowNode node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        var added = new ArrayList<Integer>();
        for (var child : change.path("addNodes")) {
            added.add(child.asInt());
            nodes.computeIfAbsent(child.asInt(), FlowNode::new).parent = node.id;
        }
        node.children.addAll(Math.min(index, node.children.size()), added);
    }

    private void detach(int id) {
        notificationsClosingAt.remove(id);
        var node = nodes.remove(id);
        if (node != null) {
            node.children.forEach(this::detach);
        }
    }

    /** The real client confirms every batch of grid or combo box rows it got; so do we. */
    private void confirmIfAsked(ArrayNode call) {
        if (call.size() < 3) {
            return;
        }
        var script = call.get(call.size() - 1).asText();
        if (script.startsWith("return $0.$connector.confirm($1") && call.get(0).isArray()) {
            int node = call.get(0).path(1).asInt();
            pending.add(call(node, "confirmUpdate", call.get(1).asInt()));
        }
    }

    private String expect(String body, List<String> expectations) {
        for (var expectation : expectations) {
            boolean met = false;
            for (var alternative : expectation.split(" \\|\\| ")) {
                met |= alternative.startsWith("#") ? byId(alternative.substring(1)).isPresent()
                        : body.contains(alternative);
            }
            if (!met) {
                return "missing " + expectation;
            }
        }
        return OK;
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.asText();
    }

    private static String head(String body) {
        if (body == null) {
            return "(no body)";
        }
        return body.length() <= 160 ? body : body.substring(0, 160) + "...";
    }

    /** One element (or text node) as the client knows it. */
    private static final class FlowNode {

        final int id;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        Integer parent;
        String tag;
        String text;

        FlowNode(int id) {
            this.id = id;
        }
    }
}
