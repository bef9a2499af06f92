package app.rapport.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts a fresh principal into the signed-in session, both for the rest of this request and in
 * the HTTP session that the next requests read it from (Spring Security 6+ saves nothing by itself).
 */
final class SignedInSession {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignedInSession() {
    }

    static void replacePrincipal(RapportUser fresh, HttpServletRequest request, HttpServletResponse response) {
        // Looked up per call: Vaadin installs its own strategy while the security chain is built.
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext().getAuthentication();
        fresh.eraseCredentials();
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        refreshed.setDetails(previous == null ? null : previous.getDetails());
        var context = holder.createEmptyContext();
        context.setAuthentication(refreshed);
        holder.setContext(context);
        if (request != null && response != null) {
            REPOSITORY.saveContext(context, request, response);
        }
    }

    /**
     * The same, for the request being served on this thread, found through Spring's request
     * holder (services are not handed the request); outside a web request only the thread's
     * context changes.
     */
    static void replacePrincipal(RapportUser fresh) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            replacePrincipal(fresh, web.getRequest(), web.getResponse());
        } else {
            replacePrincipal(fresh, null, null);
        }
    }
}
