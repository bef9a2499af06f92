package app.rapport.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests (Vaadin's browserless-test) in the real Spring context. Its mock request
 * answers {@code getUserPrincipal} and {@code isUserInRole} from the Spring security context on
 * every call, which is what Vaadin's route access control asks; so a test signs in by setting that
 * context and then navigates.
 */
@RapportSpringTest
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @Autowired
    protected UserDetailsService users;

    /** Only the app's own views and error pages (the annotation for this is not inherited). */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.rapport");
    }

    @AfterEach
    void signOutAfterTest() {
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

    /** Goes to a location as a link would, query string included, and lets the round trip run. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            // The mock UI takes the query apart from the path, as the browser's router hands it over.
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
        MockVaadin.clientRoundtrip();
    }

    /** The view the router shows now (the innermost route target). */
    protected static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
