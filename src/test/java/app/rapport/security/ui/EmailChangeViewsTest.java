package app.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountService;
import app.rapport.security.CreatedAccount;
import app.rapport.security.NewAccount;
import app.rapport.security.Role;
import app.rapport.security.domain.AccountRepository;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Changing one's email on the profile, and confirming it from the link's page, without a browser. */
class EmailChangeViewsTest extends BrowserlessTestBase {

    private static final Pattern LINK = Pattern.compile("/confirm-email/([A-Za-z0-9_-]+)");

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired JdbcTemplate jdbc;

    private final TestPeople people = new TestPeople(20261206L);

    private CreatedAccount someone() {
        var name = people.name();
        return TestPeople.asAdmin(users, () -> accounts.create(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), null)));
    }

    private void ask(String password, String newEmail) {
        test(find(EmailField.class).id("new-email")).setValue(newEmail);
        test(find(PasswordField.class).id("email-change-password")).setValue(password);
        test(find(Button.class).id("send-email-change")).click();
    }

    /** The card's "waiting" line, found visible or not (find only sees visible components). */
    private static Div pending() {
        return (Div) descendants(currentView()).filter(c -> c.getId().filter("email-change-pending"::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(EmailChangeViewsTest::descendants));
    }

    private String mailedToken(String recipient) {
        var body = jdbc.queryForObject("select body_text from mail_message where recipient = ? and kind = 'EMAIL_CHANGE'"
                + " order by id desc limit 1", String.class, recipient);
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_profile_sends_a_link_shows_the_change_waiting_and_the_link_page_confirms_it() {
        var person = someone();
        var email = person.account().email();
        var target = "new." + email;
        signIn(email);
        navigate("profile");
        assertThat(pending().isVisible()).isFalse();

        ask(person.generatedPassword(), target);
        var pending = pending();
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getElement().getTextRecursively()).contains("Waiting for you to confirm " + target);
        assertThat(find(EmailField.class).id("new-email").getValue()).isEmpty();
        assertThat(repository.findById(person.account().id()).orElseThrow().getEmail()).isEqualTo(email);

        var token = mailedToken(target);
        SecurityContextHolder.clearContext();
        navigate("confirm-email/" + token);
        assertThat(find(Span.class).id("confirm-email-address").getText()).isEqualTo(target);
        test(find(Button.class).id("confirm-email")).click();
        assertThat(find(Paragraph.class).id("email-confirmed").getText()).contains(target);
        assertThat(repository.findById(person.account().id()).orElseThrow().getEmail()).isEqualTo(target);

        navigate("confirm-email/" + token);
        assertThat(find(Paragraph.class).id("email-refused").getText()).contains("used already");
    }

    @Test
    void a_wrong_password_is_shown_next_to_it_and_nothing_is_sent() {
        var person = someone();
        signIn(person.account().email());
        navigate("profile");
        var target = "new." + person.account().email();
        ask("not my password", target);
        var password = find(PasswordField.class).id("email-change-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class, target))
                .isZero();
    }

    @Test
    void a_malformed_address_is_refused_at_the_form() {
        var person = someone();
        signIn(person.account().email());
        navigate("profile");
        ask(person.generatedPassword(), "not an address");
        assertThat(find(EmailField.class).id("new-email").isInvalid()).isTrue();
        assertThat(pending().isVisible()).isFalse();
    }

    @Test
    void a_broken_link_says_so() {
        navigate("confirm-email/not-a-token");
        assertThat(find(Paragraph.class).id("email-refused").getText()).contains("not valid");
    }
}
