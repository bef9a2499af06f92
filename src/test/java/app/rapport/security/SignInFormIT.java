package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.RapportSpringTest;
import app.rapport.support.TestPeople;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The sign-in form's post as an attacker sends it: without the form's CSRF token, or from
 * another site's page, it signs nobody in; and what it answers does not tell which emails exist.
 */
@RapportSpringTest
class SignInFormIT {

    private static final String MENTEE = "mentee@rapport.test";
    private static final String DEMO_PASSWORD = "rapport-demo";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    private final TestPeople people = new TestPeople(9090L);

    private static Map<String, String> signIn(String email, String password, String token) {
        return token == null ? Map.of("username", email, "password", password)
                : Map.of("username", email, "password", password, "_csrf", token);
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() {
        var visitor = new WebVisitor(port);
        visitor.openSignInPage();
        var answer = visitor.postForm("/login", signIn(MENTEE, DEMO_PASSWORD, null), "Origin", visitor.origin());
        assertThat(answer.statusCode()).as("answer with %s", answer.headers().map()).isEqualTo(403);
        assertThat(visitor.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_with_the_token() {
        var visitor = new WebVisitor(port);
        var token = visitor.openSignInPage();
        var answer = visitor.postForm("/login", signIn(MENTEE, DEMO_PASSWORD, token), "Origin", "https://evil.example");
        assertThat(answer.statusCode()).as("answer with %s", answer.headers().map()).isEqualTo(403);
        assertThat(visitor.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_from_the_apps_own_form_with_its_token_signs_in() {
        var visitor = new WebVisitor(port);
        var token = visitor.openSignInPage();
        var answer = visitor.postForm("/login", signIn(MENTEE, DEMO_PASSWORD, token), "Origin", visitor.origin());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(visitor.isSignedIn()).isTrue();
    }

    @Test
    void an_unknown_email_and_a_wrong_password_get_the_same_answer() {
        var known = people.participant(accounts, users).account().email();
        var first = new WebVisitor(port);
        var wrongPassword = first.postForm("/login", signIn(known, "wrong-password-1", first.openSignInPage()));
        var second = new WebVisitor(port);
        var unknownEmail = second.postForm("/login",
                signIn("no.such.person.9090@example.org", "wrong-password-1", second.openSignInPage()));
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(unknownEmail.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(unknownEmail.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
    }
}
