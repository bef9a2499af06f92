package app.rapport.base.ui;

import app.rapport.base.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /}: each role's home. Admins go straight to account administration; coordinators and
 * participants get a start page that says what they can do now and what comes next.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public final class HomeView extends VerticalLayout implements BeforeEnterObserver {

    static final String ADMIN_HOME = "admin/accounts";

    private final transient AuthenticationContext authenticationContext;
    private final transient List<HomeSection> sections;

    public HomeView(AuthenticationContext authenticationContext, List<HomeSection> sections) {
        this.authenticationContext = authenticationContext;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
        addClassName("rapport-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        if (user == null) {
            return;
        }
        // An account that only administers has nothing else to do here.
        if (user.roleNames().equals(java.util.Set.of("ADMIN"))) {
            event.forwardTo(ADMIN_HOME);
            return;
        }
        removeAll();
        add(new ViewToolbar("Welcome, " + user.displayName(), "This is where your mentoring work starts."));
        var contributed = sections.stream().map(HomeSection::create).flatMap(Optional::stream).toList();
        contributed.forEach(this::add);
        var cards = new Div();
        cards.addClassName("rapport-cards");
        if (user.hasRole("PARTICIPANT") && contributed.isEmpty()) {
            cards.add(card(VaadinIcon.USERS, "Your relationships",
                    "You are not paired with anyone yet. Once a coordinator enrols you in a program and proposes "
                            + "a pairing, it will wait for you here.",
                    null, null));
        }
        if (user.hasRole("ADMIN")) {
            cards.add(card(VaadinIcon.USER_CARD, "Accounts", "Create accounts, give roles, reset passwords.",
                    "Manage accounts", ADMIN_HOME));
        }
        cards.add(card(VaadinIcon.USER, "Your profile", "Keep your name current and change your password.",
                "Open my profile", "profile"));
        add(cards);
    }

    private static Component card(VaadinIcon icon, String title, String text, String linkText, String path) {
        var card = new Div();
        card.addClassName("rapport-card");
        var heading = new H3(new Icon(icon), new Span(title));
        card.add(heading, new Paragraph(text));
        if (linkText != null) {
            card.add(new Anchor(path, linkText));
        }
        return card;
    }
}
