package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.FieldErrors;
import app.rapport.security.LinkState;
import app.rapport.security.PasswordPolicy;
import app.rapport.security.PasswordResets;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;

/**
 * {@code /reset-password/{token}}: the page a reset link opens. A working link lets the person set
 * a new password, then sign in with it; a used, expired or broken one says so and offers a new link.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Set a new password")
@AnonymousAllowed
public final class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final transient PasswordResets resets;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");
    private String token;

    public ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        var state = resets.linkState(token);
        if (state == LinkState.VALID) {
            showForm(LinkPageCard.card(this, "Set a new password"));
        } else {
            showRefusal(LinkPageCard.card(this, "This link does not work any more"), PasswordResets.refusal(state));
        }
    }

    private void showForm(Div card) {
        password.setId("new-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a few words you remember "
                + "are a good choice.");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        confirm.setId("confirm-password");
        confirm.setWidthFull();
        confirm.setRequiredIndicatorVisible(true);
        var set = new Button("Set password", e -> set());
        set.setId("reset-set");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setWidthFull();
        set.addClickShortcut(Key.ENTER);
        card.add(password, confirm, set);
        password.focus();
    }

    private void showRefusal(Div card, String reason) {
        var why = new Paragraph(reason);
        why.setId("reset-link-refused");
        var again = new RouterLink("Ask for a new link", ForgotPasswordView.class);
        again.setId("reset-ask-again");
        var links = new Div(again, LinkPageCard.backToSignIn());
        links.addClassName("rapport-login-links");
        card.add(why, links);
    }

    private void set() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        var problem = PasswordPolicy.problem(password.getValue(), null);
        if (problem.isPresent()) {
            new FieldErrors().on("newPassword", password).show("newPassword", problem.get());
            return;
        }
        if (!Objects.equals(password.getValue(), confirm.getValue())) {
            new FieldErrors().on("confirm", confirm).show("confirm", "The two passwords differ");
            return;
        }
        try {
            resets.resetWithLink(token, password.getValue());
        } catch (RuleViolation e) {
            if (!new FieldErrors().on("newPassword", password).show(e)) {
                removeAll();
                showRefusal(LinkPageCard.card(this, "This link does not work any more"), e.getMessage());
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
    }
}
