package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.RapportSpringTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers that make a browser hold the app to its own origin: a Content-Security-Policy on
 * every page, and behind an HTTPS proxy, HSTS and a Secure session cookie. Whether the app's
 * pages keep to that policy is checked in Chromium (ContentSecurityPolicyJourneyIT).
 */
@RapportSpringTest
class SecurityHeadersIT {

    @LocalServerPort int port;

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    @Test
    void every_page_carries_a_content_security_policy_that_keeps_to_the_apps_own_origin() {
        var headers = new WebVisitor(port).get("/login").headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as("headers %s", headers.map()).hasValueSatisfying(p -> assertThat(p)
                .contains("default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
                        "base-uri 'self'", "object-src 'none'")
                .doesNotContain("*", "http:", "https:"));
    }

    @Test
    void behind_an_https_proxy_the_app_sends_hsts_and_a_secure_same_site_session_cookie() {
        var answer = new WebVisitor(port).get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(sessionCookie(answer)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_session_cookie_is_still_same_site() {
        var answer = new WebVisitor(port).get("/login");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(answer)).contains("; SameSite=Lax").doesNotContain("Secure");
    }
}
