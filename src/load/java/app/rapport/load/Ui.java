package app.rapport.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's moves in the Vaadin UI as Gatling chains, each one HTTP request the browser would send:
 * sign in through Spring Security's form, start a UI, open a view through the router, click, type,
 * choose, switch a tab, scroll a grid, send a heartbeat, sign out. Every UIDL answer goes through
 * {@link FlowClient#receive}, so an error, an expired session or a view that was not built fails
 * the request instead of looking fast.
 *
 * <p>Expectations: {@code #id} an element with that id is on screen after the answer, any other
 * text must be in the answer, {@code a || b} either; {@code #{attribute}} is replaced by the
 * session's attribute first.
 */
final class Ui {

    static final String FLOW = "flow";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_ATTRIBUTE = Pattern.compile("#\\{([A-Za-z0-9_]+)}");
    private static final String JSON_UTF8 = "application/json; charset=UTF-8";
    private static final String LOGIN_VIEW = "login view";

    private Ui() {
    }

    static FlowClient flow(Session session) {
        return (FlowClient) session.get(FLOW);
    }

    /**
     * The sign-in page (Vaadin's login view, in a UI of its own), the form post with Spring's CSRF
     * token from the page, the sign-in page's unload beacon (as a browser sends it when the page
     * goes, so the server closes that UI), the redirect to the home page and its UI. Uses the
     * feeder's {@code email} and {@code password}.
     */
    static ChainBuilder signIn() {
        return exec(session -> session.set(FLOW, new FlowClient()))
                .exec(http("login page").get("/login")
                        .check(status().is(200), regex(CSRF.pattern()).saveAs("csrf")))
                .exec(init("login init", "login"))
                .exec(uidl(LOGIN_VIEW, s -> List.of(FlowClient.navigate("login", "")), false,
                        "vaadin-login-form"))
                .exec(http("sign in").post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocation().transform(url -> url.contains("/login")).is(false)))
                .exec(http("login unload").post(s -> "/?v-r=uidl&v-uiId=" + flow(s).uiId())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(s -> flow(s).unloadBeacon()))
                        .check(status().is(200)))
                .exec(init("home init", ""))
                .exec(uidl("home", s -> List.of(FlowClient.navigate("", "")), false, "Welcome, "));
    }

    /** {@code ?v-r=init} as the client sends it for the page it was loaded on. */
    private static ChainBuilder init(String name, String location) {
        var path = "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=";
        return exec(http(name).get(path)
                .check(status().is(200), bodyString().transformWithSession(
                        (body, session) -> flow(session).init(body, List.of())).is(FlowClient.OK)));
    }

    /** The router's move to another server view, as a click on a menu item or a link makes it. */
    static ChainBuilder navigate(String name, Function<Session, String> route, String... expect) {
        return uidl(name, s -> List.of(FlowClient.navigate(route.apply(s), "link")), false, expect);
    }

    static ChainBuilder click(String name, String id, String... expect) {
        return uidl(name, s -> List.of(FlowClient.click(flow(s).requireId(id))), false, expect);
    }

    /** Clicks the first of these elements that is on screen (a button that differs by state). */
    static ChainBuilder clickFirst(String name, List<String> ids, String... expect) {
        return uidl(name, s -> {
            var flow = flow(s);
            int node = ids.stream().map(flow::byId).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new IllegalStateException("none of " + ids + " on screen"));
            return List.of(FlowClient.click(node));
        }, false, expect);
    }

    /**
     * Types into a text field or area: the value, then the event its value-change mode listens
     * to ({@code lazy}: {@code value-changed} after the debounce, as sent when typing pauses).
     */
    static ChainBuilder type(String name, String id, Function<Session, String> text, boolean lazy, String... expect) {
        return uidl(name, s -> {
            int node = flow(s).requireId(id);
            var value = FlowClient.value(text.apply(s));
            return List.of(FlowClient.sync(node, "value", value),
                    FlowClient.event(node, "value-changed", lazy ? FlowClient.trailing() : null));
        }, false, expect);
    }

    /** Types a number into an integer field, which listens to {@code change}. */
    static ChainBuilder typeNumber(String name, String id, Function<Session, Integer> number, String... expect) {
        return uidl(name, s -> {
            int node = flow(s).requireId(id);
            var value = FlowClient.value(String.valueOf(number.apply(s)));
            return List.of(FlowClient.sync(node, "value", value), FlowClient.sync(node, "_inputElementValue", value),
                    FlowClient.event(node, "change", null));
        }, false, expect);
    }

    /** Picks the option showing {@code label} in a select or a radio group. */
    static ChainBuilder choose(String name, String id, Function<Session, String> label, String... expect) {
        return uidl(name, s -> {
            var flow = flow(s);
            int node = flow.requireId(id);
            return List.of(FlowClient.sync(node, "value", flow.optionValue(id, label.apply(s))),
                    FlowClient.event(node, "value-changed", null));
        }, false, expect);
    }

    /** Selects a tab of a tab sheet: the tabs' {@code selected} index, then their event. */
    static ChainBuilder selectTab(String name, String tabId, String... expect) {
        return uidl(name, s -> {
            var flow = flow(s);
            int tab = flow.requireId(tabId);
            int tabs = flow.parentOf(tab);
            return List.of(FlowClient.sync(tabs, "selected", FlowClient.value(flow.indexInParent(tab))),
                    FlowClient.event(tabs, "selected-changed", null));
        }, false, expect);
    }

    /** Scrolls the view's grid: the rows it now shows, as its connector asks for them. */
    static ChainBuilder scrollGrid(String name, int first, int count, String... expect) {
        return uidl(name, s -> {
            var flow = flow(s);
            return List.of(flow.call(flow.requireTag("vaadin-grid"), "setViewportRange", first, count));
        }, false, expect);
    }

    /** The client's keep-alive for its UI; the server answers 200 while the UI lives. */
    static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post(s -> "/?v-r=heartbeat&v-uiId=" + flow(s).uiId())
                .header("Content-Type", JSON_UTF8)
                .check(status().is(200), responseTimeInMillis().saveAs(RoundTrips.SAVED_AS)))
                .exec(RoundTrips::record);
    }

    /** The menu's sign-out: the session ends and the client is sent to the start page. */
    static ChainBuilder signOut() {
        return uidl("sign out", s -> List.of(FlowClient.click(flow(s).requireId("sign-out"))), true,
                "vaadin-redirect-pending");
    }

    private static ChainBuilder uidl(String name, Function<Session, List<ObjectNode>> rpc, boolean ending,
            String... expect) {
        return exec(http(name).post(s -> "/?v-r=uidl&v-uiId=" + flow(s).uiId())
                .header("Content-Type", JSON_UTF8)
                .body(StringBody(s -> flow(s).message(rpc.apply(s))))
                .check(status().is(200), bodyString().transformWithSession(
                        (body, session) -> flow(session).receive(body, resolve(expect, session), ending))
                        .is(FlowClient.OK), responseTimeInMillis().saveAs(RoundTrips.SAVED_AS)))
                // The sign-in page's own round trip comes before the person is signed in.
                .exec(s -> name.equals(LOGIN_VIEW) ? s.remove(RoundTrips.SAVED_AS) : RoundTrips.record(s));
    }

    private static List<String> resolve(String[] expectations, Session session) {
        return Arrays.stream(expectations).map(e -> {
            Matcher m = SESSION_ATTRIBUTE.matcher(e);
            var resolved = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(resolved, Matcher.quoteReplacement(String.valueOf((Object) session.get(m.group(1)))));
            }
            m.appendTail(resolved);
            return resolved.toString();
        }).toList();
    }
}
