package app.rapport.base.ui;

import app.rapport.base.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;

/**
 * The frame around every signed-in view: the drawer with the navigation the user's roles allow
 * (views declare themselves with {@code @Menu}; entries the user may not open are left out), and
 * the user's name with a sign-out action.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final H1 viewTitle = new H1();
    private final Span userName = new Span();
    private final Span userEmail = new Span();
    private final Avatar avatar = new Avatar();
    private final SideNav nav = new SideNav();
    /** The roles the drawer's entries were last listed for: the list is made again only when they change. */
    private Set<String> menuRoles;

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        addClassName("rapport-layout");

        viewTitle.addClassName("rapport-view-title");
        addToNavbar(true, new DrawerToggle(), viewTitle);

        var brand = new Div(new Icon(VaadinIcon.CONNECT), new Span("Rapport"));
        brand.addClassName("rapport-brand");
        nav.addClassName("rapport-nav");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        addToDrawer(new Header(brand), new Scroller(nav), userFooter());
    }

    private Component userFooter() {
        userName.addClassName("rapport-user-name");
        userEmail.addClassName("rapport-user-email");
        var who = new Div(userName, userEmail);
        who.addClassName("rapport-user-text");
        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.setId("sign-out");
        var footer = new Footer(new Div(avatar, who), signOut);
        footer.addClassName("rapport-user");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Listing the entries checks access to every menu route (costly on each click under load),
        // and they depend only on the user's roles; the side nav marks the current entry itself.
        var roles = Set.copyOf(authenticationContext.getGrantedRoles());
        if (!roles.equals(menuRoles)) {
            nav.removeAll();
            MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
            menuRoles = roles;
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        authenticationContext.getAuthenticatedUser(SignedInUser.class).ifPresent(this::showUser);
    }

    /** Shows a changed name at once, without waiting for the next navigation. */
    public void showUser(SignedInUser user) {
        showUser(user.displayName(), user.email());
    }

    public void showUser(String displayName, String email) {
        userName.setText(displayName);
        userEmail.setText(email);
        avatar.setName(displayName);
    }

    private static SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }
}
