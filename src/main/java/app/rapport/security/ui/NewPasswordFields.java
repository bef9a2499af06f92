package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.FieldErrors;
import app.rapport.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A new password typed twice, for the pages an emailed link opens (reset, invitation): checked
 * against the policy and for a typo before the link is spent, and a refusal of the service shown
 * on the field it concerns.
 */
final class NewPasswordFields {

    private final PasswordField password = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");

    /** Adds the fields and a submit button to the card; the button hands the checked password on. */
    void addTo(Div card, String submitText, String submitId, Consumer<String> submit) {
        password.setId("new-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few words you remember "
                + "are a good choice.");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        confirm.setId("confirm-password");
        confirm.setWidthFull();
        confirm.setRequiredIndicatorVisible(true);
        var button = new Button(submitText, e -> checked(submit));
        button.setId(submitId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setWidthFull();
        button.addClickShortcut(Key.ENTER);
        card.add(password, confirm, button);
        password.focus();
    }

    private void checked(Consumer<String> submit) {
        password.setInvalid(false);
        confirm.setInvalid(false);
        var problem = PasswordPolicy.problem(password.getValue(), null);
        if (problem.isPresent()) {
            new FieldErrors().on("newPassword", password).show("newPassword", problem.get());
        } else if (!Objects.equals(password.getValue(), confirm.getValue())) {
            new FieldErrors().on("confirm", confirm).show("confirm", "The two passwords differ");
        } else {
            submit.accept(password.getValue());
        }
    }

    /** Puts the service's refusal on the password field; false when it concerns no field (the link itself). */
    boolean show(RuleViolation e) {
        return new FieldErrors().on("newPassword", password).show(e);
    }
}
