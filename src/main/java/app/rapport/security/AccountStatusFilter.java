package app.rapport.security;

import app.rapport.base.DatabaseTrouble;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account against the database on every request: a disabled or removed
 * account, or a session signed in with a password changed or reset since, is signed out at once
 * (its session ends), and changed roles or name take effect without signing in again. One primary-key read per request, which works across instances.
 */
final class AccountStatusFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStatusFilter.class);

    private final AccountUserDetailsService users;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountStatusFilter(AccountUserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Looked up per request: Vaadin installs its own strategy while the chain is built, after this filter exists.
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        var authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RapportUser current) {
            RapportUser fresh;
            try {
                fresh = users.loadById(current.accountId()).orElse(null);
            } catch (RuntimeException e) {
                if (!DatabaseTrouble.isUnreachable(e)) {
                    throw e;
                }
                unavailable(response, e);
                return;
            }
            if (fresh == null || !fresh.isEnabled() || !fresh.sameCredentialsAs(current)) {
                logout.logout(request, response, authentication);
            } else if (!fresh.sameAs(current)) {
                SignedInSession.replacePrincipal(fresh, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Without its database the account cannot be checked, so nothing is served (never a stack
     * trace): a short page saying so, and 503 with Retry-After, which Vaadin's client answers by
     * showing that it reconnects and trying again.
     */
    private static void unavailable(HttpServletResponse response, RuntimeException e) throws IOException {
        log.warn("Database out of reach: {}", e.toString());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><title>Rapport</title><p>" + DatabaseTrouble.MESSAGE + "</p>");
    }
}
