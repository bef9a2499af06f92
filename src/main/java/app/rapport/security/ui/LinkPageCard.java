package app.rapport.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** The sign-in page's card for the pages a person reaches before signing in: a brand, a title, content. */
final class LinkPageCard {

    private LinkPageCard() {
    }

    static Div card(Main page, String title) {
        page.addClassName("rapport-login");
        var brand = new H1(new Icon(VaadinIcon.CONNECT), new Span("Rapport"));
        var heading = new H2(title);
        heading.addClassName("rapport-login-title");
        var card = new Div(brand, heading);
        card.addClassName("rapport-login-card");
        page.add(card);
        return card;
    }

    static Component backToSignIn() {
        var link = new RouterLink("Back to sign in", LoginView.class);
        link.setId("back-to-sign-in");
        return link;
    }
}
