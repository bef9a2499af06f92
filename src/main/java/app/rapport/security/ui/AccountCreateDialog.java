package app.rapport.security.ui;

import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.security.AccountRuleException;
import app.rapport.security.AccountService;
import app.rapport.security.CreatedAccount;
import app.rapport.security.NewAccount;
import app.rapport.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;

/**
 * Creates an account and, by default, invites its owner by email to choose a password; as a
 * fallback (no mail yet), a password the admin types or one generated and shown once.
 */
final class AccountCreateDialog extends Dialog {

    private static final String INVITE = "Send an invitation: they choose their password";
    private static final String GENERATE = "Generate a password and show it to me once";
    private static final String TYPE = "Set the password myself";

    private final transient AccountService accounts;
    private final transient Consumer<CreatedAccount> onCreated;
    private final AccountForm form = new AccountForm(true);
    private final RadioButtonGroup<String> passwordChoice = new RadioButtonGroup<>("Initial password");
    private final PasswordField password = new PasswordField("Password");
    private final Paragraph formError = new Paragraph();

    AccountCreateDialog(AccountService accounts, Consumer<CreatedAccount> onCreated) {
        this.accounts = accounts;
        this.onCreated = onCreated;
        setHeaderTitle("New account");
        setWidth("min(32rem, 95vw)");

        passwordChoice.setItems(INVITE, GENERATE, TYPE);
        passwordChoice.setValue(INVITE);
        passwordChoice.setId("account-password-choice");
        password.setVisible(false);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not the email address");
        password.setId("account-password");
        passwordChoice.addValueChangeListener(e -> password.setVisible(TYPE.equals(e.getValue())));
        formError.addClassName("rapport-form-error");
        formError.setVisible(false);
        add(form, passwordChoice, password, formError);

        var save = new Button("Create account", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-account");
        SubmitOnEnter.wire(this, save);
        var shown = FieldSnapshot.of(this);
        getFooter().add(DiscardGuard.cancelButton(this, shown::changed), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }

    private void save() {
        formError.setVisible(false);
        var draft = form.validDraft();
        String typed = null;
        if (TYPE.equals(passwordChoice.getValue())) {
            typed = password.getValue();
            var problem = PasswordPolicy.problem(typed, draft.map(AccountDraft::getEmail).orElse(null));
            password.setInvalid(problem.isPresent());
            password.setErrorMessage(problem.orElse(null));
            if (problem.isPresent()) {
                return;
            }
        }
        if (draft.isEmpty()) {
            return;
        }
        var d = draft.get();
        try {
            var request = new NewAccount(d.getEmail(), d.getDisplayName(), d.getRoles(), typed);
            var created = INVITE.equals(passwordChoice.getValue()) ? accounts.createAndInvite(request)
                    : accounts.create(request);
            close();
            onCreated.accept(created);
        } catch (AccountRuleException e) {
            if ("password".equals(e.field())) {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            } else if (!form.showFieldError(e.field(), e.getMessage())) {
                showFormError(e.getMessage());
            }
        } catch (ConstraintViolationException e) {
            showFormError("Please check the fields: " + e.getConstraintViolations().iterator().next().getMessage());
        }
    }

    private void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }
}
