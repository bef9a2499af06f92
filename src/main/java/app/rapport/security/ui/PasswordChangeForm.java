package app.rapport.security.ui;

import app.rapport.security.PasswordPolicy;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** Current password, new password and its repetition. Owns its binder; says nothing to a service. */
final class PasswordChangeForm extends Composite<FormLayout> {

    /** The form's values. */
    static final class Values {
        private String currentPassword = "";
        private String newPassword = "";
        private String repeatPassword = "";

        String currentPassword() {
            return currentPassword;
        }

        String newPassword() {
            return newPassword;
        }
    }

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");
    private final Binder<Values> binder = new Binder<>();

    PasswordChangeForm(String email) {
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");
        fresh.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not your email address");
        binder.forField(current).asRequired("Enter your current password")
                .bind(v -> v.currentPassword, (v, s) -> v.currentPassword = s);
        binder.forField(fresh).asRequired("Enter a new password")
                .withValidator((value, ctx) -> PasswordPolicy.problem(value, email)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(v -> v.newPassword, (v, s) -> v.newPassword = s);
        binder.forField(repeat).asRequired("Repeat the new password")
                .withValidator(value -> value.equals(fresh.getValue()), "The two new passwords differ")
                .bind(v -> v.repeatPassword, (v, s) -> v.repeatPassword = s);
        binder.setBean(new Values());
        getContent().add(current, fresh, repeat);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** The valid values, or null with the errors shown next to the fields. */
    Values validValues() {
        return binder.validate().isOk() ? binder.getBean() : null;
    }

    void showFieldError(String field, String message) {
        var target = "currentPassword".equals(field) ? current : fresh;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void clear() {
        binder.setBean(new Values());
    }
}
