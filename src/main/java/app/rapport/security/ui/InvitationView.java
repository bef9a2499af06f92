package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.security.Invitations;
import app.rapport.security.LinkState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /invitation/{token}}: the page an invitation opens. A working link shows whose account it
 * is and lets the person choose a password, then sign in with it; a used, expired or broken one
 * says so and points to the sign-in page and "Forgot password".
 */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Join Rapport")
@AnonymousAllowed
public final class InvitationView extends Main implements BeforeEnterObserver {

    private final transient Invitations invitations;
    private final NewPasswordFields fields = new NewPasswordFields();
    private String token;

    public InvitationView(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        var state = invitations.linkState(token);
        var email = state == LinkState.VALID ? invitations.invitee(token) : java.util.Optional.<String>empty();
        if (email.isPresent()) {
            var card = LinkPageCard.card(this, "Welcome to Rapport");
            var who = new Span(email.get());
            who.setId("invitation-email");
            who.addClassName("rapport-invitee");
            card.add(new Paragraph(new Span("Choose a password for your account "), who,
                    new Span(". You sign in with this email and the password from now on.")));
            fields.addTo(card, "Join", "invitation-accept", this::accept);
        } else {
            showRefusal(Invitations.refusal(state == LinkState.VALID ? LinkState.UNKNOWN : state));
        }
    }

    private void showRefusal(String reason) {
        var card = LinkPageCard.card(this, "This invitation does not work any more");
        var why = new Paragraph(reason);
        why.setId("invitation-refused");
        var forgot = new RouterLink("Forgot password", ForgotPasswordView.class);
        forgot.setId("invitation-forgot");
        var links = new Div(forgot, LinkPageCard.backToSignIn());
        links.addClassName("rapport-login-links");
        card.add(why, links);
    }

    private void accept(String password) {
        try {
            invitations.accept(token, password);
        } catch (RuleViolation e) {
            if (!fields.show(e)) {
                removeAll();
                showRefusal(e.getMessage());
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("joined", "")));
    }
}
