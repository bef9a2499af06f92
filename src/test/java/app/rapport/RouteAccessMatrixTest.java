package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.base.ui.AccessDeniedView;
import app.rapport.base.ui.HomeView;
import app.rapport.base.ui.MainLayout;
import app.rapport.base.ui.NotFoundView;
import app.rapport.security.ui.AccountsView;
import app.rapport.security.ui.LoginView;
import app.rapport.security.ui.ProfileView;
import app.rapport.support.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role against each route: the view it may open, or where it is sent instead (the login
 * page for visitors, a "not open to your account" page for signed-in people).
 */
class RouteAccessMatrixTest extends KaribuTestBase {

    private static final String VISITOR = null;
    private static final String ADMIN = "admin@rapport.test";
    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String PARTICIPANT = "mentee@rapport.test";

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(VISITOR, "", LoginView.class),
                Arguments.of(VISITOR, "login", LoginView.class),
                Arguments.of(VISITOR, "profile", LoginView.class),
                Arguments.of(VISITOR, "admin/accounts", LoginView.class),
                Arguments.of(ADMIN, "", AccountsView.class),
                Arguments.of(ADMIN, "login", AccountsView.class),
                Arguments.of(ADMIN, "profile", ProfileView.class),
                Arguments.of(ADMIN, "admin/accounts", AccountsView.class),
                Arguments.of(COORDINATOR, "", HomeView.class),
                Arguments.of(COORDINATOR, "login", HomeView.class),
                Arguments.of(COORDINATOR, "profile", ProfileView.class),
                Arguments.of(COORDINATOR, "admin/accounts", AccessDeniedView.class),
                Arguments.of(PARTICIPANT, "", HomeView.class),
                Arguments.of(PARTICIPANT, "login", HomeView.class),
                Arguments.of(PARTICIPANT, "profile", ProfileView.class),
                Arguments.of(PARTICIPANT, "admin/accounts", AccessDeniedView.class));
    }

    @ParameterizedTest(name = "{0} opening /{1} sees {2}")
    @MethodSource("matrix")
    void each_role_reaches_exactly_the_routes_it_is_allowed(String email, String route,
            Class<? extends Component> expected) {
        if (email != null) {
            signIn(email);
        }
        navigate(route);
        var shown = currentView();
        if (expected == AccessDeniedView.class) {
            // Production mode answers "not found" instead, to hide that the page exists; both deny.
            assertThat(shown).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        } else {
            assertThat(shown).isInstanceOf(expected);
        }
    }

    static Stream<Arguments> navigation() {
        return Stream.of(
                Arguments.of(ADMIN, List.of("Home", "Accounts", "My profile")),
                Arguments.of(COORDINATOR, List.of("Home", "My profile")),
                Arguments.of(PARTICIPANT, List.of("Home", "My profile")));
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @MethodSource("navigation")
    void the_side_navigation_shows_only_what_the_role_may_open(String email, List<String> entries) {
        signIn(email);
        navigate("profile");
        assertThat(LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel)).containsExactlyElementsOf(entries);
    }

    @Test
    void the_layout_shows_who_is_signed_in() {
        signIn(COORDINATOR);
        navigate("");
        assertThat(LocatorJ._get(MainLayout.class)).isNotNull();
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("rapport-user-name")).getText()).isEqualTo("Priya Natarajan");
    }
}
