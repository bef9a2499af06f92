package app.rapport.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.Role;
import app.rapport.security.domain.AccountRepository;
import app.rapport.support.KaribuTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's accounts view, without a browser: lazy grid, filters, form errors that save nothing. */
class AccountsViewTest extends KaribuTestBase {

    @Autowired AccountRepository repository;

    @BeforeEach
    void openAsAdmin() {
        signIn("admin@rapport.test");
        navigate("admin/accounts");
    }

    @SuppressWarnings("unchecked")
    private Grid<app.rapport.security.AccountSummary> grid() {
        return _get(Grid.class);
    }

    @Test
    void the_grid_lists_accounts_and_filters_by_text_and_role() {
        assertThat(_size(grid())).isGreaterThanOrEqualTo(10);
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "FISCHER");
        assertThat(_size(grid())).isEqualTo(1);
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "");
        @SuppressWarnings("unchecked")
        Select<Role> roles = _get(Select.class);
        _setValue(roles, Role.ADMIN);
        var shown = grid().getLazyDataView().getItems().toList();
        assertThat(shown).extracting(a -> a.email()).contains("admin@rapport.test").doesNotContain("mentee@rapport.test");
        assertThat(shown).allSatisfy(a -> assertThat(a.roles()).contains(Role.ADMIN));
    }

    @Test
    void an_invalid_new_account_shows_field_errors_and_saves_nothing() {
        var before = repository.count();
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), "not an email");
        _click(_get(Button.class, spec -> spec.withId("create-account")));
        var email = _get(EmailField.class, spec -> spec.withId("account-email"));
        var name = _get(TextField.class, spec -> spec.withId("account-name"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_short_typed_password_is_refused_next_to_its_field() {
        var before = repository.count();
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), "karibu.short@example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Short Password");
        @SuppressWarnings("unchecked")
        var choice = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        _setValue(choice, "Set the password myself");
        var password = _get(com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("account-password"));
        _setValue(password, "tooshort");
        _click(_get(Button.class, spec -> spec.withId("create-account")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12");
        assertThat(repository.count()).isEqualTo(before);
    }
}
