package app.rapport;

import app.rapport.base.ui.AccessDeniedView;
import app.rapport.base.ui.HomeView;
import app.rapport.base.ui.MainLayout;
import app.rapport.base.ui.NotFoundView;
import app.rapport.feedback.ui.FeedbackInboxView;
import app.rapport.feedback.ui.FeedbackOverviewView;
import app.rapport.mail.ui.MailView;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.ui.MatchingView;
import app.rapport.pairing.ui.PairingView;
import app.rapport.program.ProgramFilter;
import app.rapport.program.ProgramService;
import app.rapport.program.ui.ParticipantsView;
import app.rapport.program.ui.ProgramView;
import app.rapport.program.ui.ProgramsView;
import app.rapport.progress.ui.DashboardView;
import app.rapport.progress.ui.ProgressView;
import app.rapport.security.AccountService;
import app.rapport.security.ui.AccountsView;
import app.rapport.security.ui.ConfirmEmailView;
import app.rapport.security.ui.ForgotPasswordView;
import app.rapport.security.ui.InvitationView;
import app.rapport.security.ui.LoginView;
import app.rapport.security.ui.ProfileView;
import app.rapport.security.ui.ResetPasswordView;
import app.rapport.support.BrowserlessTestBase;
import app.rapport.support.TestPeople;
import app.rapport.workspace.ui.RelationshipView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role against each route: the view it may open, or where it is sent instead (the login
 * page for visitors, a "not open to your account" page for signed-in people).
 */
class RouteAccessMatrixTest extends BrowserlessTestBase {

    private static final String VISITOR = null;
    private static final String ADMIN = "admin@rapport.test";
    private static final String COORDINATOR = "coordinator@rapport.test";
    private static final String PARTICIPANT = "mentee@rapport.test";
    private static final String OTHER_COORDINATOR = "mei.tanaka@rapport.test";

    @Autowired ProgramService programs;
    @Autowired RelationshipDirectory directory;
    @Autowired AccountService accounts;

    private long demoProgram() {
        TestPeople.signIn(users, ADMIN);
        try {
            return programs.search(new ProgramFilter("Spring 2026 Leadership Circle", null), PageRequest.of(0, 1))
                    .get(0).id();
        } finally {
            TestPeople.signOut();
        }
    }

    /** Daniel Okafor and Lena Fischer's relationship in the demo program. */
    private long demoRelationship() {
        TestPeople.signIn(users, PARTICIPANT);
        try {
            return directory.started(accounts.me().id()).stream()
                    .filter(r -> r.mentorName().equals("Daniel Okafor")).findFirst().orElseThrow().id();
        } finally {
            TestPeople.signOut();
        }
    }

    static Stream<Arguments> relationshipMatrix() {
        return Stream.of(
                Arguments.of(VISITOR, LoginView.class),
                Arguments.of(ADMIN, RelationshipView.class),
                Arguments.of(COORDINATOR, RelationshipView.class),
                Arguments.of(OTHER_COORDINATOR, NotFoundView.class),
                Arguments.of(PARTICIPANT, RelationshipView.class),
                Arguments.of("mentor@rapport.test", RelationshipView.class),
                Arguments.of("peer@rapport.test", NotFoundView.class));
    }

    @ParameterizedTest(name = "{0} opening the demo pair's workspace sees {1}")
    @MethodSource("relationshipMatrix")
    void only_the_pair_and_its_coordinators_open_a_relationship(String email, Class<? extends Component> expected) {
        each_role_reaches_exactly_the_routes_it_is_allowed(email, "relationships/" + demoRelationship(), expected);
    }

    @ParameterizedTest(name = "{0} opening the demo pair's progress sees {1}")
    @MethodSource("relationshipProgressMatrix")
    void only_the_pair_and_its_coordinators_see_a_relationships_progress(String email,
            Class<? extends Component> expected) {
        each_role_reaches_exactly_the_routes_it_is_allowed(email, "relationships/" + demoRelationship() + "/progress",
                expected);
    }

    static Stream<Arguments> relationshipProgressMatrix() {
        return Stream.of(
                Arguments.of(VISITOR, LoginView.class),
                Arguments.of(ADMIN, ProgressView.class),
                Arguments.of(COORDINATOR, ProgressView.class),
                Arguments.of(OTHER_COORDINATOR, NotFoundView.class),
                Arguments.of(PARTICIPANT, ProgressView.class),
                Arguments.of("mentor@rapport.test", ProgressView.class),
                Arguments.of("peer@rapport.test", NotFoundView.class));
    }

    static Stream<Arguments> programMatrix() {
        return Stream.of(
                Arguments.of(VISITOR, "programs", LoginView.class),
                Arguments.of(ADMIN, "programs", ProgramsView.class),
                Arguments.of(COORDINATOR, "programs", ProgramsView.class),
                Arguments.of(OTHER_COORDINATOR, "programs", ProgramsView.class),
                Arguments.of(PARTICIPANT, "programs", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}", ProgramView.class),
                Arguments.of(COORDINATOR, "programs/{id}", ProgramView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}/participants", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}/participants", ParticipantsView.class),
                Arguments.of(COORDINATOR, "programs/{id}/participants", ParticipantsView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}/participants", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}/participants", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}/pairing", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}/pairing", PairingView.class),
                Arguments.of(COORDINATOR, "programs/{id}/pairing", PairingView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}/pairing", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}/pairing", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}/matching", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}/matching", MatchingView.class),
                Arguments.of(COORDINATOR, "programs/{id}/matching", MatchingView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}/matching", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}/matching", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}/feedback", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}/feedback", FeedbackOverviewView.class),
                Arguments.of(COORDINATOR, "programs/{id}/feedback", FeedbackOverviewView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}/feedback", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}/feedback", AccessDeniedView.class),
                Arguments.of(VISITOR, "programs/{id}/dashboard", LoginView.class),
                Arguments.of(ADMIN, "programs/{id}/dashboard", DashboardView.class),
                Arguments.of(COORDINATOR, "programs/{id}/dashboard", DashboardView.class),
                Arguments.of(OTHER_COORDINATOR, "programs/{id}/dashboard", NotFoundView.class),
                Arguments.of(PARTICIPANT, "programs/{id}/dashboard", AccessDeniedView.class));
    }

    @ParameterizedTest(name = "{0} opening /{1} sees {2}")
    @MethodSource("programMatrix")
    void each_role_reaches_a_program_only_when_it_runs_it(String email, String route,
            Class<? extends Component> expected) {
        each_role_reaches_exactly_the_routes_it_is_allowed(email, route.replace("{id}",
                String.valueOf(demoProgram())), expected);
    }

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
                Arguments.of(PARTICIPANT, "admin/accounts", AccessDeniedView.class),
                Arguments.of(VISITOR, "feedback", LoginView.class),
                Arguments.of(PARTICIPANT, "feedback", FeedbackInboxView.class),
                Arguments.of(COORDINATOR, "feedback", FeedbackInboxView.class),
                Arguments.of(PARTICIPANT, "feedback/999999", NotFoundView.class),
                Arguments.of(VISITOR, "forgot-password", ForgotPasswordView.class),
                Arguments.of(PARTICIPANT, "forgot-password", ForgotPasswordView.class),
                Arguments.of(VISITOR, "reset-password/any-token", ResetPasswordView.class),
                Arguments.of(VISITOR, "invitation/any-token", InvitationView.class),
                Arguments.of(PARTICIPANT, "invitation/any-token", InvitationView.class),
                Arguments.of(VISITOR, "confirm-email/any-token", ConfirmEmailView.class),
                Arguments.of(PARTICIPANT, "confirm-email/any-token", ConfirmEmailView.class),
                Arguments.of(VISITOR, "admin/mail", LoginView.class),
                Arguments.of(ADMIN, "admin/mail", MailView.class),
                Arguments.of(COORDINATOR, "admin/mail", AccessDeniedView.class),
                Arguments.of(PARTICIPANT, "admin/mail", AccessDeniedView.class));
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
                Arguments.of(ADMIN, List.of("Home", "Feedback requests", "Programs", "Accounts", "Mail", "My profile")),
                Arguments.of(COORDINATOR, List.of("Home", "Feedback requests", "Programs", "My profile")),
                Arguments.of(PARTICIPANT, List.of("Home", "Feedback requests", "My profile")));
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @MethodSource("navigation")
    void the_side_navigation_shows_only_what_the_role_may_open(String email, List<String> entries) {
        signIn(email);
        navigate("profile");
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).containsExactlyElementsOf(entries);
    }

    @Test
    void the_layout_shows_who_is_signed_in() {
        signIn(COORDINATOR);
        navigate("");
        assertThat(find(MainLayout.class).single()).isNotNull();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("rapport-user-name").single()
                .getText()).isEqualTo("Priya Natarajan");
    }

    @Test
    void the_drawer_lists_what_the_roles_allow_and_is_listed_again_only_when_they_change() {
        signIn(PARTICIPANT);
        navigate("");
        assertThat(drawerEntries()).contains("Home", "Feedback requests", "My profile")
                .doesNotContain("Programs", "Accounts");
        var home = drawerEntry("Home");
        navigate("profile");
        // Same roles: the same entries stay (listing them checks access to every menu route).
        assertThat(drawerEntry("Home")).isSameAs(home);

        // The roles change within the same page, as AccountStatusFilter applies an admin's change.
        signIn(ADMIN);
        navigate("");
        assertThat(drawerEntries()).contains("Home", "Programs", "Accounts");
        assertThat(home.isAttached()).isFalse();
    }

    private SideNavItem drawerEntry(String label) {
        return find(SideNavItem.class).all().stream().filter(i -> label.equals(i.getLabel())).findFirst()
                .orElseThrow();
    }

    private java.util.List<String> drawerEntries() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
