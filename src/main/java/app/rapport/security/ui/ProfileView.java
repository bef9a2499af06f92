package app.rapport.security.ui;

import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.base.ui.TextLimits;
import app.rapport.base.ui.MainLayout;
import app.rapport.base.ui.ViewToolbar;
import app.rapport.security.AccountRuleException;
import app.rapport.security.AccountService;
import app.rapport.security.AccountSummary;
import app.rapport.security.EmailChanges;
import app.rapport.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** {@code /profile}: everyone's own account: the name others see, the email one signs in with, and the password. */
@Route("profile")
@PageTitle("My profile")
@Menu(order = 100, icon = "vaadin:user", title = "My profile")
@PermitAll
public final class ProfileView extends VerticalLayout {

    private final transient AccountService accounts;
    private final TextField displayName = new TextField("Name");
    private final PasswordChangeForm passwordForm;
    private AccountSummary me;

    public ProfileView(AccountService accounts, EmailChanges emailChanges,
            java.util.List<app.rapport.base.ui.ProfileSection> sections) {
        this.accounts = accounts;
        this.me = accounts.me();
        addClassName("rapport-page");
        setPadding(false);
        add(new ViewToolbar("My profile", "How others see you in Rapport, and how you sign in."));

        displayName.setValue(me.displayName());
        TextLimits.limit(displayName, AccountSummary.DISPLAY_NAME_MAX);
        displayName.setRequired(true);
        displayName.setId("profile-name");
        displayName.setWidth("min(24rem, 100%)");
        var saveName = new Button("Save name", e -> saveName());
        saveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveName.setId("save-name");
        SubmitOnEnter.wire(displayName, saveName);
        var roles = me.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        var nameCard = section("Your name",
                new Paragraph("Signed in as " + me.email() + " · " + roles),
                displayName, saveName);

        passwordForm = new PasswordChangeForm(me.email());
        var savePassword = new Button("Change password", e -> savePassword());
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePassword.setId("save-password");
        SubmitOnEnter.wire(passwordForm, savePassword);
        var passwordCard = section("Password", passwordForm, savePassword);

        add(nameCard);
        sections.forEach(section -> section.create().ifPresent(this::add));
        add(new EmailChangeCard(emailChanges, me.email()), passwordCard);
    }

    private static Div section(String title, com.vaadin.flow.component.Component... parts) {
        var card = new Div(new H3(title));
        card.add(parts);
        card.addClassNames("rapport-card", "rapport-form-card");
        return card;
    }

    private void saveName() {
        var value = displayName.getValue();
        if (TextLimits.refused(displayName)) {
            return;
        }
        if (value.isBlank()) {
            displayName.setErrorMessage("Enter a name");
            displayName.setInvalid(true);
            return;
        }
        try {
            me = accounts.renameMe(me.version(), value);
            displayName.setInvalid(false);
            var layout = findAncestor(MainLayout.class);
            if (layout != null) {
                layout.showUser(me.displayName(), me.email());
            }
            Notifications.success("Your name is saved");
        } catch (AccountRuleException e) {
            displayName.setErrorMessage(e.getMessage());
            displayName.setInvalid(true);
        }
    }

    private void savePassword() {
        var values = passwordForm.validValues();
        if (values == null) {
            return;
        }
        try {
            accounts.changeMyPassword(values.currentPassword(), values.newPassword());
            passwordForm.clear();
            Notifications.success("Your password is changed");
        } catch (AccountRuleException e) {
            passwordForm.showFieldError(e.field(), e.getMessage());
        }
    }
}
