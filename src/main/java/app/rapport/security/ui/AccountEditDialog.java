package app.rapport.security.ui;

import app.rapport.base.ui.DiscardGuard;
import app.rapport.base.ui.OneTimePasswordDialog;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.security.AccountRuleException;
import app.rapport.security.AccountService;
import app.rapport.security.AccountSummary;
import app.rapport.security.AccountUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.validation.ConstraintViolationException;

/**
 * Edits name and roles, and offers the account's status and password actions, each confirmed
 * first. Works on the version it was opened with; a stale save says so instead of overwriting.
 */
final class AccountEditDialog extends Dialog {

    private final transient AccountService accounts;
    private final transient Runnable onChanged;
    private final AccountForm form = new AccountForm(false);
    private final Paragraph formError = new Paragraph();
    private AccountSummary account;

    AccountEditDialog(AccountService accounts, AccountSummary account, Runnable onChanged) {
        this.accounts = accounts;
        this.account = account;
        this.onChanged = onChanged;
        setHeaderTitle("Edit " + account.displayName());
        setWidth("min(32rem, 95vw)");
        form.setDraft(AccountDraft.of(account));
        formError.addClassName("rapport-form-error");
        formError.setVisible(false);

        var toggle = new Button(account.enabled() ? "Disable account" : "Enable account", e -> confirmToggle());
        toggle.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setId("toggle-enabled");
        var reset = new Button("Reset password", e -> confirmReset());
        reset.setId("reset-password");
        var dangerZone = new Div(toggle, reset);
        dangerZone.addClassName("rapport-dialog-actions");
        add(form, formError, dangerZone);

        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-account");
        SubmitOnEnter.wire(form, save);
        getFooter().add(DiscardGuard.cancelButton(this, form::hasChanges), save);
    }

    private void save() {
        var draft = form.validDraft();
        if (draft.isEmpty()) {
            return;
        }
        run(() -> {
            accounts.update(new AccountUpdate(account.id(), account.version(), draft.get().getDisplayName(),
                    draft.get().getRoles()));
            Notifications.success("Saved " + draft.get().getDisplayName());
        });
    }

    private void confirmToggle() {
        var disabling = account.enabled();
        var confirm = new ConfirmDialog();
        confirm.setHeader(disabling ? "Disable " + account.displayName() + "?" : "Enable " + account.displayName() + "?");
        confirm.setText(disabling
                ? "They are signed out at their next click and cannot sign in until an admin enables the account. "
                        + "Nothing they recorded is removed."
                : "They can sign in again with their current password.");
        confirm.setCancelable(true);
        confirm.setConfirmText(disabling ? "Disable" : "Enable");
        if (disabling) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> run(() -> {
            accounts.setEnabled(account.id(), account.version(), !disabling);
            Notifications.success(account.displayName() + (disabling ? " is disabled" : " is enabled"));
        }));
        confirm.open();
    }

    private void confirmReset() {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Reset the password of " + account.displayName() + "?");
        confirm.setText("Their current password stops working at once. You will see the new one once.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Reset password");
        confirm.addConfirmListener(e -> {
            try {
                var password = accounts.resetPassword(account.id());
                close();
                new OneTimePasswordDialog(account.email(), password).open();
            } catch (AccountRuleException ex) {
                showFormError(ex.getMessage());
            }
        });
        confirm.open();
    }

    /** Runs a change; on success closes and refreshes, on refusal shows why and keeps the input. */
    private void run(Runnable change) {
        formError.setVisible(false);
        try {
            change.run();
            close();
            onChanged.run();
        } catch (AccountRuleException e) {
            if (!form.showFieldError(e.field(), e.getMessage())) {
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
