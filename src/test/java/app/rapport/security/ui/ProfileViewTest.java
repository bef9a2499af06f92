package app.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.domain.AccountRepository;
import app.rapport.support.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone's profile: bad input is refused next to the field and changes nothing. */
class ProfileViewTest extends BrowserlessTestBase {

    private static final String EMAIL = "peer@rapport.test";

    @Autowired AccountRepository repository;

    @BeforeEach
    void openAsPeer() {
        signIn(EMAIL);
        navigate("profile");
    }

    private String storedHash() {
        return repository.findByEmail(EMAIL).orElseThrow().getPasswordHash();
    }

    @Test
    void an_empty_name_is_refused() {
        test(find(TextField.class).id("profile-name")).setValue("  ");
        test(find(Button.class).id("save-name")).click();
        assertThat(find(TextField.class).id("profile-name").isInvalid()).isTrue();
        assertThat(repository.findByEmail(EMAIL).orElseThrow().getDisplayName()).isEqualTo("Sam Whitaker");
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_it_and_nothing_changes() {
        var before = storedHash();
        test(find(PasswordField.class).id("current-password")).setValue("not-my-password");
        test(find(PasswordField.class).id("new-password")).setValue("a perfectly long one");
        test(find(PasswordField.class).id("repeat-password")).setValue("a perfectly long one");
        test(find(Button.class).id("save-password")).click();
        var current = find(PasswordField.class).id("current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void a_short_or_mismatched_new_password_is_refused_before_the_service() {
        var before = storedHash();
        test(find(PasswordField.class).id("current-password")).setValue("rapport-demo");
        test(find(PasswordField.class).id("new-password")).setValue("short");
        test(find(PasswordField.class).id("repeat-password")).setValue("different");
        test(find(Button.class).id("save-password")).click();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).contains("12");
        assertThat(find(PasswordField.class).id("repeat-password").isInvalid()).isTrue();
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void the_email_as_new_password_is_refused() {
        test(find(PasswordField.class).id("current-password")).setValue("rapport-demo");
        test(find(PasswordField.class).id("new-password")).setValue("PEER@rapport.test");
        test(find(PasswordField.class).id("repeat-password")).setValue("PEER@rapport.test");
        test(find(Button.class).id("save-password")).click();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage())
                .contains("email");
    }
}
