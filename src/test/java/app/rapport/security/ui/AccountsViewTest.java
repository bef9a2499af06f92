package app.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.security.AccountSummary;
import app.rapport.security.Role;
import app.rapport.security.domain.AccountRepository;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.LitColumns;
import com.vaadin.browserless.internal.BasicUtilsKt;
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
class AccountsViewTest extends BrowserlessTestBase {

    @Autowired AccountRepository repository;
    @Autowired app.rapport.security.AccountService accounts;

    @BeforeEach
    void openAsAdmin() {
        signIn("admin@rapport.test");
        navigate("admin/accounts");
    }

    @SuppressWarnings("unchecked")
    private Grid<app.rapport.security.AccountSummary> grid() {
        return find(Grid.class).single();
    }

    @Test
    void the_grid_lists_accounts_and_filters_by_text_and_role() {
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(10);
        test(find(TextField.class).id("account-search")).setValue("FISCHER");
        assertThat(test(grid()).size()).isEqualTo(1);
        test(find(TextField.class).id("account-search")).setValue("");
        @SuppressWarnings("unchecked")
        Select<Role> roles = find(Select.class).single();
        BasicUtilsKt.checkEditableByUser(roles);
        roles.setValue(Role.ADMIN);
        var shown = grid().getLazyDataView().getItems().toList();
        assertThat(shown).extracting(a -> a.email()).contains("admin@rapport.test").doesNotContain("mentee@rapport.test");
        assertThat(shown).allSatisfy(a -> assertThat(a.roles()).contains(Role.ADMIN));
    }

    @Test
    void a_row_sends_role_and_status_badges_as_data_and_edit_opens_that_account() {
        test(find(TextField.class).id("account-search")).setValue("mei.tanaka@");
        var mei = grid().getLazyDataView().getItems().findFirst().orElseThrow();

        var roles = LitColumns.row(grid(), "roles", mei).get("roles").asArray();
        assertThat(roles.size()).isEqualTo(2);
        assertThat(roles.get(0).get("label").stringValue()).isEqualTo("Coordinator");
        assertThat(roles.get(0).get("className").stringValue()).isEqualTo("rapport-badge-coordinator");
        assertThat(roles.get(1).get("label").stringValue()).isEqualTo("Participant");
        assertThat(roles.get(1).get("className").stringValue()).isEqualTo("rapport-badge-participant");
        var status = LitColumns.row(grid(), "status", mei);
        assertThat(status.get("status").stringValue()).isEqualTo("Active");
        assertThat(status.get("statusClass").stringValue()).isEqualTo("rapport-badge-ok");
        var disabled = new AccountSummary(mei.id(), mei.email(), mei.displayName(), mei.roles(), false,
                mei.createdAt(), mei.version());
        assertThat(LitColumns.row(grid(), "status", disabled).get("status").stringValue()).isEqualTo("Disabled");
        assertThat(LitColumns.row(grid(), "status", disabled).get("statusClass").stringValue())
                .isEqualTo("rapport-badge-off");
        // Labels and names are bound as text; no template inserts markup.
        for (var key : List.of("roles", "status", "actions")) {
            assertThat(LitColumns.template(grid(), key)).as(key).doesNotContain("unsafeHTML", "innerHTML");
        }
        assertThat(LitColumns.row(grid(), "actions", mei).get("name").stringValue()).isEqualTo("Mei Tanaka");
        assertThat(LitColumns.template(grid(), "actions")).contains("aria-label=\"Edit ${item.name}\"");

        LitColumns.call(grid(), "actions", mei, "edit");

        assertThat(find(AccountEditDialog.class).single().getHeaderTitle()).isEqualTo("Edit Mei Tanaka");
        assertThat(find(TextField.class).id("account-name").getValue()).isEqualTo("Mei Tanaka");
    }

    @Test
    void an_invalid_new_account_shows_field_errors_and_saves_nothing() {
        var before = repository.count();
        test(find(Button.class).id("new-account")).click();
        test(find(EmailField.class).id("account-email")).setValue("not an email");
        test(find(Button.class).id("create-account")).click();
        var email = find(EmailField.class).id("account-email");
        var name = find(TextField.class).id("account-name");
        assertThat(email.isInvalid()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_short_typed_password_is_refused_next_to_its_field() {
        var before = repository.count();
        test(find(Button.class).id("new-account")).click();
        test(find(EmailField.class).id("account-email")).setValue("karibu.short@example.org");
        test(find(TextField.class).id("account-name")).setValue("Short Password");
        @SuppressWarnings("unchecked")
        var choice = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) find(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).single();
        test(choice).selectItem("Set the password myself");
        var password = find(com.vaadin.flow.component.textfield.PasswordField.class).id("account-password");
        test(password).setValue("tooshort");
        test(find(Button.class).id("create-account")).click();
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
        test(find(TextField.class).id("account-name")).setValue("Jonas Overwrite");
        test(find(Button.class).id("save-account")).click();
        var message = find(com.vaadin.flow.component.html.Paragraph.class).withClassName("rapport-form-error")
                .single();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("changed meanwhile").contains("Reload");
        assertThat(repository.findById(target.id()).orElseThrow().getDisplayName()).isEqualTo("Jonas B. Berg");
    }
}
