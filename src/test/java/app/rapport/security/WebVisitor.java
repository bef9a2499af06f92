package app.rapport.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor without a browser: plain HTTP against the running app, its own cookies (so its own
 * session), redirects not followed, so a test sees exactly what the app answered. Every header a
 * test passes goes out as it is, which is what an attacker's client does too.
 */
final class WebVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String base;

    WebVisitor(int port) {
        this.base = "http://localhost:" + port;
    }

    String origin() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and returns the CSRF token it hands to its form. */
    String openSignInPage() {
        var page = get("/login");
        var token = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page (" + page.statusCode() + ")");
        }
        return token.group(1);
    }

    /** True when this visitor's session is signed in: a signed-in page is served, not the way to /login. */
    boolean isSignedIn() {
        return get("/profile").statusCode() == 200;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        var pair = setCookie.split(";", 2)[0];
        var name = pair.substring(0, pair.indexOf('=')).strip();
        var value = pair.substring(pair.indexOf('=') + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
