package app.rapport.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests in the real Spring context. Karibu runs no servlet filters, so the fake
 * request answers {@code getUserPrincipal} and {@code isUserInRole} from the Spring security
 * context, which is what Vaadin's route access control asks.
 */
@RapportSpringTest
public abstract class KaribuTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.rapport");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService users;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the account with this email, as the login form would. */
    protected void signIn(String email) {
        var user = users.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip();
    }

    /** The view the router shows now (the innermost route target). */
    protected static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
