package app.rapport.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.domain.AccountRepository;
import app.rapport.support.KaribuTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone's profile: bad input is refused next to the field and changes nothing. */
class ProfileViewTest extends KaribuTestBase {

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
        _setValue(_get(TextField.class, spec -> spec.withId("profile-name")), "  ");
        _click(_get(Button.class, spec -> spec.withId("save-name")));
        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).isInvalid()).isTrue();
        assertThat(repository.findByEmail(EMAIL).orElseThrow().getDisplayName()).isEqualTo("Sam Whitaker");
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_it_and_nothing_changes() {
        var before = storedHash();
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "not-my-password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "a perfectly long one");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "a perfectly long one");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        var current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void a_short_or_mismatched_new_password_is_refused_before_the_service() {
        var before = storedHash();
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "rapport-demo");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "different");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage()).contains("12");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).isInvalid()).isTrue();
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void the_email_as_new_password_is_refused() {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "rapport-demo");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "PEER@rapport.test");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "PEER@rapport.test");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .contains("email");
    }
}
