package app.rapport.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountSummary;
import app.rapport.security.Role;
import app.rapport.security.domain.AccountRepository;
import app.rapport.support.KaribuTestBase;
import app.rapport.support.LitColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's accounts view, without a browser: lazy grid, filters, form errors that save nothing. */
class AccountsViewTest extends KaribuTestBase {

    @Autowired AccountRepository repository;
    @Autowired app.rapport.security.AccountService accounts;

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
    void a_row_sends_role_and_status_badges_as_data_and_edit_opens_that_account() {
        _setValue(_get(TextField.class, spec -> spec.withId("account-search")), "mei.tanaka@");
        var mei = grid().getLazyDataView().getItems().findFirst().orElseThrow();

        var roles = LitColumns.row(grid(), "roles", mei).getArray("roles");
        assertThat(roles.length()).isEqualTo(2);
        assertThat(roles.getObject(0).getString("label")).isEqualTo("Coordinator");
        assertThat(roles.getObject(0).getString("className")).isEqualTo("rapport-badge-coordinator");
        assertThat(roles.getObject(1).getString("label")).isEqualTo("Participant");
        assertThat(roles.getObject(1).getString("className")).isEqualTo("rapport-badge-participant");
        var status = LitColumns.row(grid(), "status", mei);
        assertThat(status.getString("status")).isEqualTo("Active");
        assertThat(status.getString("statusClass")).isEqualTo("rapport-badge-ok");
        var disabled = new AccountSummary(mei.id(), mei.email(), mei.displayName(), mei.roles(), false,
                mei.createdAt(), mei.version());
        assertThat(LitColumns.row(grid(), "status", disabled).getString("status")).isEqualTo("Disabled");
        assertThat(LitColumns.row(grid(), "status", disabled).getString("statusClass")).isEqualTo("rapport-badge-off");
        // Labels and names are bound as text; no template inserts markup.
        for (var key : List.of("roles", "status", "actions")) {
            assertThat(LitColumns.template(grid(), key)).as(key).doesNotContain("unsafeHTML", "innerHTML");
        }
        assertThat(LitColumns.row(grid(), "actions", mei).getString("name")).isEqualTo("Mei Tanaka");
        assertThat(LitColumns.template(grid(), "actions")).contains("aria-label=\"Edit ${item.name}\"");

        LitColumns.call(grid(), "actions", mei, "edit");

        assertThat(_get(AccountEditDialog.class).getHeaderTitle()).isEqualTo("Edit Mei Tanaka");
        assertThat(_get(TextField.class, spec -> spec.withId("account-name")).getValue()).isEqualTo("Mei Tanaka");
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

    @Test
    void a_stale_edit_tells_the_second_admin_to_reload_and_keeps_the_first_change() {
        var target = accounts.search(new app.rapport.security.AccountFilter("jonas.berg", null),
                org.springframework.data.domain.PageRequest.of(0, 1)).get(0);
        grid().getLazyDataView().getItems().filter(a -> a.id() == target.id()).findFirst().orElseThrow();
        // This admin opens the dialog on the version the grid shows ...
        new AccountEditDialog(accounts, target, () -> { }).open();
        // ... while another admin saves a change first.
        accounts.update(new app.rapport.security.AccountUpdate(target.id(), target.version(), "Jonas B. Berg",
                target.roles()));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Jonas Overwrite");
        _click(_get(Button.class, spec -> spec.withId("save-account")));
        var message = _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("rapport-form-error"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("changed meanwhile").contains("Reload");
        assertThat(repository.findById(target.id()).orElseThrow().getDisplayName()).isEqualTo("Jonas B. Berg");
    }
}
