package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.FieldErrors;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.SubmitOnEnter;
import app.rapport.base.ui.Times;
import app.rapport.security.EmailChanges;
import app.rapport.security.Emails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The profile's "Email" card: the address one signs in with, and a change to a new one, which
 * takes effect only once the link mailed to the new address is opened. While a change waits, the
 * card says so and offers to withdraw it.
 */
final class EmailChangeCard extends Composite<Div> {

    /** The form's values. */
    static final class Values {
        private String newEmail = "";
        private String password = "";
    }

    private final transient EmailChanges changes;
    private final EmailField newEmail = new EmailField("New email");
    private final PasswordField password = new PasswordField("Current password");
    private final Binder<Values> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors().on("newEmail", newEmail).on("currentPassword", password);
    private final Paragraph formError = new Paragraph();
    private final Div pending = new Div();

    EmailChangeCard(EmailChanges changes, String currentEmail) {
        this.changes = changes;
        newEmail.setId("new-email");
        newEmail.setMaxLength(Emails.MAX_LENGTH);
        newEmail.setHelperText("We send a link there; your email changes once you open it.");
        password.setId("email-change-password");
        binder.forField(newEmail).asRequired("Enter the new address")
                .withValidator(Emails::isValid, "Enter a valid email address")
                .withValidator(v -> !Emails.normalize(v).equals(currentEmail), "This is your email already")
                .bind(v -> v.newEmail, (v, s) -> v.newEmail = s);
        binder.forField(password).asRequired("Enter your current password")
                .bind(v -> v.password, (v, s) -> v.password = s);
        binder.setBean(new Values());

        var form = new FormLayout(newEmail, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        formError.addClassName("rapport-form-error");
        formError.setId("email-change-error");
        formError.setVisible(false);
        var send = new Button("Send confirmation link", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-email-change");
        SubmitOnEnter.wire(form, send);
        pending.setId("email-change-pending");

        var current = new Span(currentEmail);
        current.addClassName("rapport-invitee");
        var content = getContent();
        content.add(new H3("Email"), new Paragraph(new Span("You sign in with "), current, new Span(".")),
                pending, form, formError, send);
        content.addClassNames("rapport-card", "rapport-form-card");
        showPending();
    }

    private void send() {
        formError.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        var values = binder.getBean();
        try {
            var address = changes.requestMine(values.password, values.newEmail);
            binder.setBean(new Values());
            Notifications.success("We sent a link to " + address + ". Open it there to confirm.");
            showPending();
        } catch (RuleViolation e) {
            if (!errors.show(e)) {
                formError.setText(e.getMessage());
                formError.setVisible(true);
            }
        }
    }

    private void showPending() {
        pending.removeAll();
        changes.pendingMine().ifPresentOrElse(change -> {
            var withdraw = new Button("Withdraw", e -> {
                changes.cancelMine();
                Notifications.success("The change is withdrawn; its link no longer works.");
                showPending();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            withdraw.setId("withdraw-email-change");
            var note = new Paragraph(new Span("Waiting for you to confirm "), new Span(change.newEmail()),
                    new Span(" from the link sent there, until " + Times.dateTime(change.expiresAt()) + ". "),
                    withdraw);
            note.addClassName("rapport-login-help");
            pending.add(note);
            pending.setVisible(true);
        }, () -> pending.setVisible(false));
    }
}
