package app.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountService;
import app.rapport.security.CreatedAccount;
import app.rapport.security.NewAccount;
import app.rapport.security.PasswordResets;
import app.rapport.security.Role;
import app.rapport.security.domain.AccountRepository;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.IssuedResetLinks;
import app.rapport.support.TestPeople;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The pages of "forgot password" without a browser: one answer for everyone, a link that works once. */
class PasswordResetViewsTest extends BrowserlessTestBase {

    private static final String NEW_PASSWORD = "a walk along the river at dawn";

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired PasswordResets resets;
    @Autowired IssuedResetLinks issued;
    @Autowired PasswordEncoder encoder;

    private final TestPeople people = new TestPeople(20261205L);

    private CreatedAccount someone() {
        var name = people.name();
        return TestPeople.asAdmin(users, () -> accounts.create(new NewAccount(people.email(name), name,
                Set.of(Role.PARTICIPANT), null)));
    }

    private String askOnThePage(String email) {
        navigate("forgot-password");
        test(find(EmailField.class).id("reset-email")).setValue(email);
        test(find(Button.class).id("reset-send")).click();
        return find(Paragraph.class).id("reset-sent").getText().replace(email, "EMAIL");
    }

    @Test
    void the_forgot_password_page_answers_a_known_and_an_unknown_email_alike_and_mails_only_the_known() {
        var known = someone().account().email();
        var unknown = "no-one-" + System.nanoTime() + "@example.org";
        assertThat(askOnThePage(known)).isEqualTo(askOnThePage(unknown)).contains("30 minutes");
        assertThat(issued.countFor(known)).isEqualTo(1);
        assertThat(issued.countFor(unknown)).isZero();
    }

    @Test
    void the_sign_in_page_offers_the_forgotten_password_link() {
        navigate("login");
        var form = find(com.vaadin.flow.component.login.LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        test(form).forgotPassword();
        assertThat(currentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void a_reset_link_sets_the_new_password_and_leads_to_sign_in_saying_so() {
        var account = someone();
        askOnThePage(account.account().email());
        var token = issued.latestFor(account.account().email()).orElseThrow().token();
        navigate("reset-password/" + token);
        test(find(PasswordField.class).id("new-password")).setValue(NEW_PASSWORD);
        test(find(PasswordField.class).id("confirm-password")).setValue(NEW_PASSWORD);
        test(find(Button.class).id("reset-set")).click();
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(find(Paragraph.class).id("login-notice").isVisible()).isTrue();
        assertThat(encoder.matches(NEW_PASSWORD, repository.findById(account.account().id()).orElseThrow()
                .getPasswordHash())).isTrue();

        navigate("reset-password/" + token);
        assertThat(find(Paragraph.class).id("reset-link-refused").getText()).contains("used already");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).id("reset-ask-again").getHref())
                .isEqualTo("forgot-password");
    }

    @Test
    void two_different_passwords_are_refused_on_the_second_field_and_the_link_keeps_working() {
        var account = someone();
        askOnThePage(account.account().email());
        var token = issued.latestFor(account.account().email()).orElseThrow().token();
        var before = repository.findById(account.account().id()).orElseThrow().getPasswordHash();
        navigate("reset-password/" + token);
        test(find(PasswordField.class).id("new-password")).setValue(NEW_PASSWORD);
        test(find(PasswordField.class).id("confirm-password")).setValue(NEW_PASSWORD + "!");
        test(find(Button.class).id("reset-set")).click();
        var confirm = find(PasswordField.class).id("confirm-password");
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("The two passwords differ");
        assertThat(repository.findById(account.account().id()).orElseThrow().getPasswordHash()).isEqualTo(before);
        assertThat(resets.linkState(token)).isEqualTo(app.rapport.security.LinkState.VALID);
    }

    @Test
    void a_broken_link_says_so_and_offers_a_new_one() {
        navigate("reset-password/not-a-token");
        assertThat(find(Paragraph.class).id("reset-link-refused").getText()).contains("not valid");
    }
}
