package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.security.LinkState;
import app.rapport.security.PasswordResets;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /reset-password/{token}}: the page a reset link opens. A working link lets the person set
 * a new password, then sign in with it; a used, expired or broken one says so and offers a new link.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Set a new password")
@AnonymousAllowed
public final class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final transient PasswordResets resets;
    private final NewPasswordFields fields = new NewPasswordFields();
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
            fields.addTo(LinkPageCard.card(this, "Set a new password"), "Set password", "reset-set", this::set);
        } else {
            showRefusal(LinkPageCard.card(this, "This link does not work any more"), PasswordResets.refusal(state));
        }
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

    private void set(String password) {
        try {
            resets.resetWithLink(token, password);
        } catch (RuleViolation e) {
            if (!fields.show(e)) {
                removeAll();
                showRefusal(LinkPageCard.card(this, "This link does not work any more"), e.getMessage());
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
    }
}
