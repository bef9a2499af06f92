package app.rapport.security.ui;

import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.FieldSnapshot;
import app.rapport.base.ui.TextLimits;
import app.rapport.security.AccountSummary;
import app.rapport.security.Emails;
import app.rapport.security.Role;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;

/** Email, name and roles of an account. Owns its binder; says nothing to a service. */
final class AccountForm extends Composite<FormLayout> {

    private final EmailField email = new EmailField("Email");
    private final TextField displayName = new TextField("Name");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);
    private FieldSnapshot shown;

    AccountForm(boolean emailEditable) {
        email.setRequiredIndicatorVisible(true);
        email.setReadOnly(!emailEditable);
        email.setId("account-email");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("account-name");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setId("account-roles");
        TextLimits.bind(binder, email, Emails.MAX_LENGTH, "email");
        TextLimits.bind(binder, displayName, AccountSummary.DISPLAY_NAME_MAX, "displayName");
        binder.bindInstanceFields(this);
        binder.setBean(new AccountDraft());
        getContent().add(email, displayName, roles);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        shown = FieldSnapshot.of(getContent());
    }

    void setDraft(AccountDraft draft) {
        binder.setBean(draft);
        shown = FieldSnapshot.of(getContent());
    }

    /** Whether the person changed something since the form was filled. */
    boolean hasChanges() {
        return shown.changed();
    }

    /** The valid draft, or empty with the errors shown next to the fields. */
    Optional<AccountDraft> validDraft() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    /** Shows an error the service found (a taken email, say) next to its field. */
    boolean showFieldError(String field, String message) {
        return new FieldErrors()
                .on("email", email)
                .on("displayName", displayName)
                .on("roles", roles)
                .show(field, message);
    }

    void focus() {
        (email.isReadOnly() ? displayName : email).focus();
    }
}
