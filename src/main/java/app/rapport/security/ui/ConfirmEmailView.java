package app.rapport.security.ui;

import app.rapport.base.RuleViolation;
import app.rapport.security.EmailChanges;
import app.rapport.security.LinkState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /confirm-email/{token}}: the page the link sent to a new address opens. Confirming takes
 * a click, so a mail scanner that follows links changes nothing; a used, expired or broken link
 * says so.
 */
@Route(value = "confirm-email/:token", autoLayout = false)
@PageTitle("Confirm your new email")
@AnonymousAllowed
public final class ConfirmEmailView extends Main implements BeforeEnterObserver {

    private final transient EmailChanges changes;
    private String token;

    public ConfirmEmailView(EmailChanges changes) {
        this.changes = changes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        var state = changes.linkState(token);
        var address = state == LinkState.VALID ? changes.addressOf(token) : java.util.Optional.<String>empty();
        if (address.isEmpty()) {
            show("This link does not work any more",
                    EmailChanges.refusal(state == LinkState.VALID ? LinkState.UNKNOWN : state), "email-refused");
            return;
        }
        var card = LinkPageCard.card(this, "Confirm your new email");
        var email = new Span(address.get());
        email.setId("confirm-email-address");
        email.addClassName("rapport-invitee");
        var confirm = new Button("Confirm", e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-email");
        confirm.setWidthFull();
        card.add(new Paragraph(new Span("From now on you sign in to Rapport with "), email,
                new Span(" instead of your old address. Your password stays the same.")), confirm);
    }

    private void confirm() {
        String address;
        try {
            address = changes.confirm(token);
        } catch (RuleViolation e) {
            show("Your email did not change", e.getMessage(), "email-refused");
            return;
        }
        show("Your email is changed", "You sign in with " + address + " from now on.", "email-confirmed");
    }

    private void show(String title, String text, String id) {
        removeAll();
        var card = LinkPageCard.card(this, title);
        var message = new Paragraph(text);
        message.setId(id);
        card.add(message, LinkPageCard.backToSignIn());
    }
}
