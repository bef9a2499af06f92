package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.FieldErrors;
import app.rapport.security.Emails;
import app.rapport.security.PasswordResets;
import app.rapport.security.ResetLinkProperties;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /forgot-password}: asks for a reset link by email. The answer is the same whether the
 * email has an account or not, so the page tells nobody who uses Rapport.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Reset your password")
@AnonymousAllowed
public final class ForgotPasswordView extends Main implements BeforeEnterObserver {

    private final transient PasswordResets resets;
    private final EmailField email = new EmailField("Email");
    private final Button send = new Button("Send reset link");
    private final long minutes;

    public ForgotPasswordView(PasswordResets resets, ResetLinkProperties properties) {
        this.resets = resets;
        this.minutes = properties.validFor().toMinutes();
        email.setId("reset-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(Emails.MAX_LENGTH);
        email.setErrorMessage("Enter an email address such as name@example.org");
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> send());
        send.addClickShortcut(Key.ENTER);
    }

    /** Each visit starts with the form, also after a link was asked for on this page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        email.clear();
        email.setInvalid(false);
        var card = LinkPageCard.card(this, "Reset your password");
        var lead = new Paragraph("Enter the email you sign in with. We send a link to set a new password; it works "
                + "for " + minutes + " minutes.");
        lead.addClassName("rapport-login-lead");
        card.add(lead, email, send, LinkPageCard.backToSignIn());
        email.focus();
    }

    private void send() {
        var typed = email.getValue();
        if (typed == null || typed.isBlank() || email.isInvalid()) {
            email.setInvalid(true);
            return;
        }
        var request = VaadinRequest.getCurrent();
        try {
            resets.requestLink(typed, request == null ? null : request.getRemoteAddr());
        } catch (RuleViolation e) {
            new FieldErrors().on("email", email).show(e);
            return;
        }
        removeAll();
        var sent = LinkPageCard.card(this, "Check your email");
        var message = new Paragraph("If an account uses " + Emails.normalize(typed) + ", a link to set a new "
                + "password is on its way. It works for " + minutes + " minutes, once.");
        message.setId("reset-sent");
        var help = new Paragraph("Nothing arrived after a few minutes? Check your spam folder, or ask your program "
                + "coordinator.");
        help.addClassName("rapport-login-help");
        sent.add(message, help, LinkPageCard.backToSignIn());
    }
}
